package htmlpage

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// The second pass of inlineMarkdown: the tokens written as the
// converter's renderers write their elements.

// writeInline writes the tokens r.toks[from:to], inline content, depth
// lists deep; false when it meets what the converter would write across
// lines.
func (r *inlineReader) writeInline(from, to, depth int) (string, bool) {
	for len(r.bufs) <= depth {
		r.bufs = append(r.bufs, nil)
	}
	buf := r.bufs[depth][:0]
	defer func() { r.bufs[depth] = buf[:0] }()
	var opens [8]int // where each open element's content starts
	stack := opens[:0]
	for k := from; k < to; k++ {
		switch t := r.toks[k]; t.kind {
		case tokBlock:
			buf = append(buf, "\n\n"...)
		case tokList:
			md, ok := r.writeList(k, depth+1)
			if !ok {
				return "", false
			}
			if md != "" {
				buf = append(buf, "\n\n"...)
				buf = append(buf, md...)
				buf = append(buf, "\n\n"...)
			}
			k = int(t.end)
		case tokHead:
			stack = append(stack, len(buf))
		case tokHeadEnd:
			start := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			var ok bool
			if buf, ok = r.closeHeading(buf, start, t); !ok {
				return "", false
			}
		case tokQuote:
			stack = append(stack, len(buf))
		case tokQuoteEnd:
			start := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			buf = closeQuote(buf, start)
		case tokEnd:
			if t.end != 0 {
				buf = append(buf, listEndMark...)
			}
		case tokText:
			buf = append(buf, markedText(r.texts[t.text])...)
		case tokBreak:
			buf = append(buf, "  \n"...)
		case tokCode:
			buf = appendCodeSpan(buf, r.texts[t.text])
		case tokOpen:
			stack = append(stack, len(buf))
		case tokClose:
			start := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			var ok bool
			if buf, ok = r.closeInline(buf, start, t); !ok {
				return "", false
			}
		}
	}
	return string(buf), true
}

// closeInline writes the element t closes, whose content is buf[start:].
func (r *inlineReader) closeInline(buf []byte, start int, t token) ([]byte, bool) {
	var open string
	var href, title string
	content := buf[start:]
	switch t.ik {
	case kindEm:
		open = "*"
	case kindStrong:
		open = "**"
	case kindLink:
		href = linkTarget(strings.TrimSpace(attrOf(t.node, "href")), r.base)
		if href == "" || len(bytes.TrimSpace(content)) == 0 {
			return buf, true // the converter writes the content alone
		}
		open = "["
		title = strings.ReplaceAll(markedText(attrOf(t.node, "title")), "\n", " ")
	default:
		return buf, true // its content, as it is
	}
	if bytes.IndexByte(content, '\n') >= 0 {
		return r.closeLines(buf, start, open, href, title), true
	}
	right := bytes.TrimRightFunc(content, unicode.IsSpace)
	core := bytes.TrimLeftFunc(right, unicode.IsSpace)
	if len(core) == 0 {
		return buf, true // white space alone: no delimiters (emphasis)
	}
	lead := len(right) - len(core)
	r.scratch = append(r.scratch[:0], content[lead:]...) // the core, the trailing space
	buf = append(buf[:start+lead], open...)
	buf = append(buf, r.scratch[:len(core)]...)
	buf = appendClose(buf, open, href, title)
	return append(buf, r.scratch[len(core):]...), true
}

// appendClose writes what closes an element opened by open: the link's
// target and title, or the emphasis's delimiter.
func appendClose(buf []byte, open, href, title string) []byte {
	if open != "[" {
		return append(buf, open...)
	}
	buf = append(buf, "]("...)
	buf = append(buf, href...)
	if title != "" {
		buf = append(buf, ' ')
		buf = append(buf, quoteTitle(title)...)
	}
	return append(buf, ')')
}

// closeLines is closeInline for content across lines (line breaks inside):
// emphasis is delimited on each line that holds more than white space; a
// link's content, its white space at both ends left outside, has its runs
// of line breaks cut, its blank lines escaped and its other lines ended
// with a hard break, as the converter writes them.
func (r *inlineReader) closeLines(buf []byte, start int, open, href, title string) []byte {
	content := string(buf[start:])
	buf = buf[:start]
	if open != "[" {
		for i, line := range strings.Split(content, "\n") {
			if i > 0 {
				buf = append(buf, '\n')
			}
			right := strings.TrimRightFunc(line, unicode.IsSpace)
			core := strings.TrimLeftFunc(right, unicode.IsSpace)
			if core == "" {
				buf = append(buf, line...)
				continue
			}
			buf = append(buf, line[:len(right)-len(core)]...)
			buf = append(buf, open...)
			buf = append(buf, core...)
			buf = append(buf, open...)
			buf = append(buf, line[len(right):]...)
		}
		return buf
	}
	right := strings.TrimRightFunc(content, unicode.IsSpace)
	core := strings.TrimLeftFunc(right, unicode.IsSpace)
	buf = append(buf, content[:len(right)-len(core)]...)
	buf = append(buf, '[')
	buf = appendLinkLines(buf, trimNewlineRuns(core))
	buf = appendClose(buf, open, href, title)
	return append(buf, content[len(right):]...)
}

// appendLinkLines writes the lines of a link's content as the converter
// does: a blank line as a backslash, the others without their leading
// white space, each but the last ending in a hard break.
func appendLinkLines(buf []byte, s string) []byte {
	if !strings.Contains(s, "\n") {
		return append(buf, s...)
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		line = strings.TrimLeftFunc(line, unicode.IsSpace)
		switch {
		case line == "":
			buf = append(buf, "\\\n"...)
		case i == len(lines)-1:
			buf = append(buf, line...)
		case strings.HasSuffix(line, "  "):
			buf = append(buf, line...)
			buf = append(buf, '\n')
		default:
			buf = append(buf, line...)
			buf = append(buf, "  \n"...)
		}
	}
	return buf
}

// attrOf returns the value of n's first attribute named key, or "".
func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// quoteTitle puts a link's title in quotes that it does not hold.
func quoteTitle(t string) string {
	dq, sq := strings.Contains(t, `"`), strings.Contains(t, "'")
	switch {
	case dq && sq:
		return `"` + strings.ReplaceAll(t, `"`, `\"`) + `"`
	case dq:
		return "'" + t + "'"
	}
	return `"` + t + `"`
}

// appendCodeSpan writes inline code as the converter does: white space
// alone kept as it is; else line breaks and tabs as spaces, trimmed,
// runs of spaces as one, between fences one backtick longer than the
// longest run in the code, spaced from a backtick at either end.
func appendCodeSpan(buf []byte, raw string) []byte {
	if strings.TrimSpace(raw) == "" {
		buf = append(buf, '`')
		buf = append(buf, raw...)
		return append(buf, '`')
	}
	code := make([]byte, 0, len(raw))
	longest, run := 0, 0
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == '\n' || c == '\t' {
			c = ' '
		}
		code = append(code, c)
	}
	trimmed := strings.TrimSpace(string(code))
	code = code[:0]
	for i := 0; i < len(trimmed); i++ {
		c := trimmed[i]
		if c == ' ' && i > 0 && trimmed[i-1] == ' ' {
			continue
		}
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
		code = append(code, c)
	}
	fence := strings.Repeat("`", longest+1)
	buf = append(buf, fence...)
	if code[0] == '`' {
		buf = append(buf, ' ')
	}
	buf = append(buf, code...)
	if code[len(code)-1] == '`' {
		buf = append(buf, ' ')
	}
	return append(buf, fence...)
}

// finishParagraph is the converter's last pass over a paragraph's
// Markdown: trimmed, runs of more than two line breaks cut, hard line
// breaks before a blank line dropped.
func finishParagraph(md string) (string, bool) {
	md = strings.TrimSpace(trimHardBreaks(trimNewlineRuns(strings.TrimSpace(md))))
	return md, !strings.Contains(md, codeNewline)
}

// codeNewline is the converter's mark for a line break in code, which it
// turns into one at the end: Markdown holding it goes to the converter.
const codeNewline = "\uF002"

// quoteLines writes a quote's content as the converter does: trimmed,
// runs of line breaks cut, hard line breaks before a blank line dropped,
// each line after "> "; "" for a quote of white space.
func quoteLines(md string) string {
	md = strings.TrimSpace(md)
	if md == "" {
		return ""
	}
	return "> " + strings.ReplaceAll(trimHardBreaks(trimNewlineRuns(md)), "\n", "\n> ")
}

// finishHeading writes a heading's content as the converter does: on one
// line, runs of spaces as one, after its "#" marks.
func finishHeading(md string, level int) (string, bool) {
	if strings.TrimSpace(md) == "" {
		return "", true
	}
	md = strings.ReplaceAll(strings.ReplaceAll(md, "\n", " "), "\r", " ")
	md = strings.TrimSpace(squeezeSpaceRuns(md))
	if strings.HasSuffix(md, "#") || strings.Contains(md, codeNewline) {
		return "", false // the converter escapes a "#" at the end
	}
	return strings.Repeat("#", level) + " " + md, true
}

// writeList writes the list whose tokList is r.toks[open] as the
// converter does, its items trimmed and numbered or marked, their lines
// after the first indented; "" for a list without an item.
func (r *inlineReader) writeList(open, depth int) (string, bool) {
	n := r.toks[open].node
	var items []string
	for k := open + 1; k < int(r.toks[open].end); k++ {
		if r.toks[k].kind != tokItem {
			continue // white space between the items
		}
		end := int(r.toks[k].end)
		md, ok := r.writeInline(k+1, end, depth)
		if !ok {
			return "", false
		}
		if md = strings.TrimSpace(md); md != "" {
			items = append(items, trimHardBreaks(trimNewlineRuns(md)))
		}
		k = end
	}
	if len(items) == 0 {
		return "", true
	}
	first, width := 1, 0
	if n.Data == "ol" {
		if v, err := strconv.Atoi(attrOf(n, "start")); err == nil {
			first = v
		}
		width = utf8.RuneCountInString(strconv.Itoa(first + len(items) - 1))
	}
	prefix := func(i int) string {
		if n.Data == "ul" {
			return "- "
		}
		return fmt.Sprintf("%0*d. ", width, first+i)
	}
	indent := strings.Repeat(" ", utf8.RuneCountInString(prefix(0)))
	// Each item's lines after the first indented (the item with each
	// "\n" as "\n"+indent), written in place: the list's Markdown is
	// made in one buffer of about its size, not doubled to it.
	size := 0
	for _, item := range items {
		size += 1 + len(indent) + len(item) + strings.Count(item, "\n")*len(indent)
	}
	var sb strings.Builder
	sb.Grow(size)
	for i, item := range items {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString(prefix(i))
		for {
			k := strings.IndexByte(item, '\n')
			if k < 0 {
				sb.WriteString(item)
				break
			}
			sb.WriteString(item[:k+1])
			sb.WriteString(indent)
			item = item[k+1:]
		}
	}
	return sb.String(), true
}

// trimNewlineRuns cuts each run of line breaks (with only spaces between
// them) to two, and drops the spaces before the breaks it cuts, as the
// converter does. It returns s itself when there is no such run.
func trimNewlineRuns(s string) string {
	if !hasNewlineRun(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	breaks, spaces := 0, 0 // spaces: how many are held back
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n':
			breaks++
			if breaks <= 2 {
				b = appendSpaces(b, spaces)
				b = append(b, '\n')
			}
			spaces = 0
		case ' ':
			spaces++
		default:
			b = appendSpaces(b, spaces)
			b = append(b, c)
			breaks, spaces = 0, 0
		}
	}
	return string(appendSpaces(b, spaces))
}

// hasNewlineRun reports whether s holds three line breaks with only
// spaces between them.
func hasNewlineRun(s string) bool {
	breaks := 0
	for i := strings.IndexByte(s, '\n'); i >= 0 && i < len(s); i++ {
		switch s[i] {
		case '\n':
			if breaks++; breaks == 3 {
				return true
			}
		case ' ':
		default:
			breaks = 0
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return false
			}
			i += j - 1
		}
	}
	return false
}

func appendSpaces(b []byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, ' ')
	}
	return b
}

// trimHardBreaks drops the hard line breaks that end a paragraph's last
// line before a blank one, as the converter does.
func trimHardBreaks(s string) string {
	if !strings.Contains(s, "  \n") {
		return s
	}
	s = strings.ReplaceAll(s, "  \n\n", "\n\n")
	s = strings.ReplaceAll(s, "  \n  \n", "\n\n")
	return strings.ReplaceAll(s, "  \n \n", "\n\n")
}
