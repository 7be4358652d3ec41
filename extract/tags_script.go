package extract

import "bytes"

// The tagScanner's reading of a script's text: the tokenizer's readScript,
// state for state.

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
