package extract

import (
	"bytes"

	"golang.org/x/net/html"
)

// tagScanner finds the start, self-closing and end tags of a page, the
// same tags in the same order as html.Tokenizer's Next, and nothing else:
// it skips text, comments, doctypes and the raw text of <script>, <style>,
// <title> and the like as the tokenizer does, but without copying tokens or
// saving attributes, at several times its speed. checkMarkup runs it on
// every page before the parse.
//
// Each step follows the tokenizer's function of the same name (readTag,
// readTagAttrVal, readComment, readScript...), byte for byte; tests compare
// the two on the corpora, on made-up pages and under the fuzzer.
type tagScanner struct {
	b     []byte
	pos   int    // the next byte to read
	eof   bool   // a read went past the end, as the tokenizer's io.EOF
	raw   string // the element whose text comes next, read raw ("script"), or ""
	attrs []attrSpan
}

// attrSpan is where an attribute's key and value lie in the page.
type attrSpan struct{ keyStart, keyEnd, valStart, valEnd int }

func (s *tagScanner) readByte() byte {
	if s.pos >= len(s.b) {
		s.eof = true
		return 0
	}
	c := s.b[s.pos]
	s.pos++
	return c
}

// next returns the next tag and its name as written (not lower-cased), or
// html.ErrorToken at the end of the page (or where the tokenizer would
// stop: a tag cut off by the end).
func (s *tagScanner) next() (html.TokenType, []byte) {
	if s.eof {
		return html.ErrorToken, nil
	}
	if s.raw != "" {
		raw := s.raw
		s.raw = ""
		if !s.skipRaw(raw) {
			return html.ErrorToken, nil
		}
	}
	for {
		i := bytes.IndexByte(s.b[s.pos:], '<')
		if i < 0 {
			s.pos, s.eof = len(s.b), true
			return html.ErrorToken, nil
		}
		s.pos += i + 1
		c := s.readByte()
		if s.eof {
			return html.ErrorToken, nil
		}
		switch {
		case isLetter(c):
			return s.startTag()
		case c == '/':
			c = s.readByte()
			if s.eof {
				return html.ErrorToken, nil
			}
			if c == '>' {
				continue // "</>" is no token
			}
			if isLetter(c) {
				name := s.readTag()
				if s.eof {
					return html.ErrorToken, nil
				}
				return html.EndTagToken, name
			}
			s.pos--
			s.readUntilCloseAngle()
		case c == '!':
			s.readMarkupDeclaration()
		case c == '?':
			s.pos--
			s.readUntilCloseAngle()
		default:
			s.pos-- // reconsume: it may open a tag itself
		}
	}
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// startTag reads a start tag whose "<" and first letter are read, as
// readStartTag does: it may make the next text raw, and it tells a
// self-closing tag (<br/>) from one whose last attribute value ends in "/".
func (s *tagScanner) startTag() (html.TokenType, []byte) {
	name := s.readTag()
	if s.eof {
		return html.ErrorToken, nil
	}
	s.raw = rawElement(name)
	if s.b[s.pos-2] == '/' {
		if last, ok := s.lastSavedAttr(); !ok || s.pos-2 != last.valEnd-1 {
			return html.SelfClosingTagToken, name
		}
	}
	return html.StartTagToken, name
}

// rawElement returns the element, lower-cased, when the text after a
// start tag of this name is read raw, up to its end tag; else "".
func rawElement(name []byte) string {
	switch len(name) {
	case 3, 5, 6, 7, 8, 9:
	default:
		return ""
	}
	for _, r := range [...]string{"iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style", "textarea", "title", "xmp"} {
		if asciiEqualFold(name, r) {
			return r
		}
	}
	return ""
}

// asciiEqualFold reports whether b and s are equal with ASCII letters
// folded, as the tokenizer compares names (and no other letters).
func asciiEqualFold[T []byte | string](b []byte, s T) bool {
	if len(b) != len(s) {
		return false
	}
	for i := range b {
		if asciiLower(b[i]) != asciiLower(s[i]) {
			return false
		}
	}
	return true
}

func asciiLower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// lastSavedAttr returns the last attribute that the tokenizer saves: one
// with a key, whose key (lower-cased) no attribute before it has.
func (s *tagScanner) lastSavedAttr() (attrSpan, bool) {
	var last attrSpan
	found := false
	for i, a := range s.attrs {
		if a.keyStart == a.keyEnd {
			continue
		}
		key := s.b[a.keyStart:a.keyEnd]
		seen := false
		for _, p := range s.attrs[:i] {
			if p.keyStart != p.keyEnd && asciiEqualFold(s.b[p.keyStart:p.keyEnd], key) {
				seen = true
				break
			}
		}
		if !seen {
			last, found = a, true
		}
	}
	return last, found
}

// readTag reads a tag's name and attributes up to its ">", the name's
// first letter read; it returns the name. At the end of the page it sets
// eof, as the tokenizer does, which then makes no token of the tag.
func (s *tagScanner) readTag() []byte {
	s.attrs = s.attrs[:0]
	name := s.readTagName()
	if s.skipWhiteSpace(); s.eof {
		return nil
	}
	for {
		c := s.readByte()
		if s.eof || c == '>' {
			break
		}
		s.pos--
		var a attrSpan
		a.keyStart, a.keyEnd = s.readTagAttrKey()
		a.valStart, a.valEnd = s.readTagAttrVal()
		s.attrs = append(s.attrs, a)
		if s.skipWhiteSpace(); s.eof {
			break
		}
	}
	return name
}

func (s *tagScanner) readTagName() []byte {
	start := s.pos - 1
	for {
		c := s.readByte()
		if s.eof {
			return s.b[start:s.pos]
		}
		switch c {
		case ' ', '\n', '\r', '\t', '\f':
			return s.b[start : s.pos-1]
		case '/', '>':
			s.pos--
			return s.b[start:s.pos]
		}
	}
}

func (s *tagScanner) skipWhiteSpace() {
	for !s.eof {
		c := s.readByte()
		if s.eof {
			return
		}
		if !isSpace(c) {
			s.pos--
			return
		}
	}
}

func (s *tagScanner) readTagAttrKey() (start, end int) {
	start = s.pos
	for {
		c := s.readByte()
		if s.eof {
			return start, s.pos
		}
		switch c {
		case '=':
			if start+1 == s.pos {
				continue // an "=" that begins the name is part of it
			}
			s.pos--
			return start, s.pos
		case ' ', '\n', '\r', '\t', '\f', '/', '>':
			s.pos--
			return start, s.pos
		}
	}
}

func (s *tagScanner) readTagAttrVal() (start, end int) {
	start, end = s.pos, s.pos
	if s.skipWhiteSpace(); s.eof {
		return
	}
	c := s.readByte()
	if s.eof || c == '/' {
		return
	}
	if c != '=' {
		s.pos--
		return
	}
	if s.skipWhiteSpace(); s.eof {
		return
	}
	quote := s.readByte()
	if s.eof {
		return
	}
	switch quote {
	case '>':
		s.pos--
		return
	case '\'', '"':
		start = s.pos
		if i := bytes.IndexByte(s.b[s.pos:], quote); i >= 0 {
			s.pos += i + 1
			return start, s.pos - 1
		}
		s.pos, s.eof = len(s.b), true
		return start, s.pos
	default:
		start = s.pos - 1
		for {
			c := s.readByte()
			if s.eof {
				return start, s.pos
			}
			switch c {
			case ' ', '\n', '\r', '\t', '\f':
				return start, s.pos - 1
			case '>':
				s.pos--
				return start, s.pos
			}
		}
	}
}

// readUntilCloseAngle skips past the next ">".
func (s *tagScanner) readUntilCloseAngle() {
	if i := bytes.IndexByte(s.b[s.pos:], '>'); i >= 0 {
		s.pos += i + 1
		return
	}
	s.pos, s.eof = len(s.b), true
}

// readMarkupDeclaration skips what follows "<!": a comment, or a doctype
// or a bogus comment, both of which end at the next ">".
func (s *tagScanner) readMarkupDeclaration() {
	if len(s.b)-s.pos < 2 {
		s.pos, s.eof = len(s.b), true
		return
	}
	if s.b[s.pos] == '-' && s.b[s.pos+1] == '-' {
		s.pos += 2
		s.readComment()
		return
	}
	s.readUntilCloseAngle()
}

// readComment skips a comment whose "<!--" is read, to its end as the
// tokenizer finds it ("-->", "--!>", or a ">" right after the dashes).
func (s *tagScanner) readComment() {
	dashCount := 0
	beginning := true
	for {
		c := s.readByte()
		if s.eof {
			return
		}
		switch c {
		case '-':
			dashCount++
			continue
		case '>':
			if dashCount >= 2 || beginning {
				return
			}
		case '!':
			if dashCount >= 2 {
				c = s.readByte()
				if s.eof {
					return
				} else if c == '>' {
					return
				} else if c == '-' {
					dashCount = 1
					beginning = false
					continue
				}
			}
		}
		dashCount = 0
		beginning = false
	}
}

// skipRaw skips the raw text of the element raw, up to its end tag (which
// next then reads as a tag), and reports whether there is one: as
// readRawOrRCDATA does; plain text runs to the end of the page.
func (s *tagScanner) skipRaw(raw string) bool {
	switch raw {
	case "plaintext":
		s.pos, s.eof = len(s.b), true
		return false
	case "script":
		return s.readScript()
	}
	for i := s.pos; ; {
		j := bytes.IndexByte(s.b[i:], '<')
		if j < 0 {
			s.pos, s.eof = len(s.b), true
			return false
		}
		i += j
		if s.rawEndTag(i, raw) {
			s.pos = i
			return true
		}
		i++
	}
}

// rawEndTag reports whether b[i:] opens the end tag of raw: "</", its name
// in any case, then white space, "/" or ">".
func (s *tagScanner) rawEndTag(i int, raw string) bool {
	end := i + 2 + len(raw)
	if end >= len(s.b) || s.b[i+1] != '/' {
		return false
	}
	for k := 0; k < len(raw); k++ {
		if c := s.b[i+2+k]; c != raw[k] && c != raw[k]-('a'-'A') {
			return false
		}
	}
	c := s.b[end]
	return isSpace(c) || c == '/' || c == '>'
}

// readRawEndTag reads on after "</" and reports whether "script" and the
// byte that ends a tag name follow; if so it goes back to the "<".
func (s *tagScanner) readRawEndTag() bool {
	const raw = "script"
	for i := 0; i < len(raw); i++ {
		c := s.readByte()
		if s.eof {
			return false
		}
		if c != raw[i] && c != raw[i]-('a'-'A') {
			s.pos--
			return false
		}
	}
	c := s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		s.pos -= 3 + len(raw)
		return true
	}
	s.pos--
	return false
}

// readScript skips a script's text up to its end tag, following the
// tokenizer's readScript state for state (the rules that hide an end tag
// inside "<!--" and a nested "<script>"), and reports whether there is
// one. The text up to the first "<" is passed over at once.
func (s *tagScanner) readScript() bool {
	var c byte

scriptData:
	if i := bytes.IndexByte(s.b[s.pos:], '<'); i >= 0 {
		s.pos += i
	} else {
		s.pos = len(s.b)
	}
	c = s.readByte()
	if s.eof {
		return false
	}
	if c == '<' {
		goto scriptDataLessThanSign
	}
	goto scriptData

scriptDataLessThanSign:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '/':
		goto scriptDataEndTagOpen
	case '!':
		goto scriptDataEscapeStart
	}
	s.pos--
	goto scriptData

scriptDataEndTagOpen:
	if s.readRawEndTag() {
		return true
	}
	if s.eof {
		return false
	}
	goto scriptData

scriptDataEscapeStart:
	c = s.readByte()
	if s.eof {
		return false
	}
	if c == '-' {
		goto scriptDataEscapeStartDash
	}
	s.pos--
	goto scriptData

scriptDataEscapeStartDash:
	c = s.readByte()
	if s.eof {
		return false
	}
	if c == '-' {
		goto scriptDataEscapedDashDash
	}
	s.pos--
	goto scriptData

scriptDataEscaped:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '-':
		goto scriptDataEscapedDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDash:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	}
	goto scriptDataEscaped

scriptDataEscapedDashDash:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '-':
		goto scriptDataEscapedDashDash
	case '<':
		goto scriptDataEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataEscaped

scriptDataEscapedLessThanSign:
	c = s.readByte()
	if s.eof {
		return false
	}
	if c == '/' {
		goto scriptDataEscapedEndTagOpen
	}
	if isLetter(c) {
		goto scriptDataDoubleEscapeStart
	}
	s.pos--
	goto scriptData

scriptDataEscapedEndTagOpen:
	if s.readRawEndTag() {
		return true
	}
	if s.eof {
		return false
	}
	goto scriptDataEscaped

scriptDataDoubleEscapeStart:
	s.pos--
	for i := 0; i < len("script"); i++ {
		c = s.readByte()
		if s.eof {
			return false
		}
		if c != "script"[i] && c != "SCRIPT"[i] {
			s.pos--
			goto scriptDataEscaped
		}
	}
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\f', '/', '>':
		goto scriptDataDoubleEscaped
	}
	s.pos--
	goto scriptDataEscaped

scriptDataDoubleEscaped:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDash:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedDashDash:
	c = s.readByte()
	if s.eof {
		return false
	}
	switch c {
	case '-':
		goto scriptDataDoubleEscapedDashDash
	case '<':
		goto scriptDataDoubleEscapedLessThanSign
	case '>':
		goto scriptData
	}
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapedLessThanSign:
	c = s.readByte()
	if s.eof {
		return false
	}
	if c == '/' {
		goto scriptDataDoubleEscapeEnd
	}
	s.pos--
	goto scriptDataDoubleEscaped

scriptDataDoubleEscapeEnd:
	if s.readRawEndTag() {
		s.pos += len("</script>")
		goto scriptDataEscaped
	}
	if s.eof {
		return false
	}
	goto scriptDataDoubleEscaped
}
