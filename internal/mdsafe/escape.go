package mdsafe

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// cell is one character of marked Markdown while SafeMarkdown decides how
// to write it.
type cell struct {
	r     rune
	text  bool // the article's text (it was marked): escaped where needed
	esc   bool // written with a backslash
	odd   bool // an odd space made plain
	skip  bool // syntax that the inline scan passes over: code, a link's target
	done  bool // inside link text whose emphasis is settled
	gone  bool // dropped: an unsafe link's syntax, an unsafe image
	pct   bool // a text character inside a link target: written %XX
	title bool // inside a link title
	nl    bool // the line break between two lines of a unit
}

// mdLine is a line of marked Markdown: the container syntax before its
// content, and the content.
type mdLine struct {
	prefix  string
	cells   []cell
	item    bool // the prefix ends in a list marker
	heading bool // an ATX heading
	table   bool // a table row
}

// SafeMarkdown turns marked Markdown (see MarkText) into Markdown: unsafe
// link and image targets dropped, text written with the escapes it needs
// and no others. Fenced code is left as it is. plainSpaces makes odd
// spaces outside code plain ones; a text dump's lines keep theirs as the
// dump has them (the reference case keeps a no-break space).
func SafeMarkdown(md string, plainSpaces bool) string {
	if quickUnmark(md, plainSpaces) {
		return unmarkAll(md)
	}
	return escapeUnits(md, plainSpaces, true)
}

// quickUnmark reports whether a quick rule tells that SafeMarkdown gives
// md's plain unmark.
func quickUnmark(md string, plainSpaces bool) bool {
	ok, stray := unmarkSuffices(md, plainSpaces)
	return ok || stray && nothingToEscape(md, plainSpaces)
}

// FullSafeMarkdown is SafeMarkdown without its quick paths, for the tests
// that hold them to it.
func FullSafeMarkdown(md string, plainSpaces bool) string {
	return escapeMarkdown(md, plainSpaces)
}

// SafeMarkdownCopy is SafeMarkdown whose result never shares md's memory:
// md may be a piece of a much longer string (the Markdown of many blocks
// rendered together), which a result sharing it would keep alive whole.
func SafeMarkdownCopy(md string, plainSpaces bool) string {
	if !quickUnmark(md, plainSpaces) {
		return escapeUnits(md, plainSpaces, true)
	}
	if nextMarked(md) < 0 {
		return strings.Clone(md)
	}
	return unmarkAll(md)
}

// escapeMarkdown is SafeMarkdown's full work, on every unit of lines.
func escapeMarkdown(md string, plainSpaces bool) string {
	return escapeUnits(md, plainSpaces, false)
}

// longestLine returns the number of characters of md's longest line.
func longestLine(md string) int {
	longest := 0
	for len(md) > 0 {
		end := strings.IndexByte(md, '\n')
		if end < 0 {
			end = len(md)
		}
		longest = max(longest, utf8.RuneCountInString(md[:end]))
		md = md[min(end+1, len(md)):]
	}
	return longest
}

// lineWriter writes lines, a line break between each two.
type lineWriter struct {
	sb    strings.Builder
	lines int
}

// next starts a line.
func (w *lineWriter) next() {
	if w.lines > 0 {
		w.sb.WriteByte('\n')
	}
	w.lines++
}

// line writes a whole line.
func (w *lineWriter) line(s string) {
	w.next()
	w.sb.WriteString(s)
}

func isMarked(r rune) bool { return r >= markBase && r < markBase+0x80 }

// unmarkAll writes marked characters back as they are.
//
// A marked character is four bytes, F3 B0 80-81 80-BF in UTF-8; it is
// found and written back as its ASCII byte, the bytes between copied
// whole. A string that is not UTF-8 is mapped a character at a time,
// which writes each stray byte as U+FFFD.
func unmarkAll(s string) string {
	i := nextMarked(s)
	if i < 0 {
		return s
	}
	if !utf8.ValidString(s) {
		return strings.Map(func(r rune) rune {
			if isMarked(r) {
				return r - markBase
			}
			return r
		}, s)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	writeUnmarked(&sb, s)
	return sb.String()
}

// writeUnmarked writes unmarkAll(s) of a string s that is UTF-8.
func writeUnmarked(sb *strings.Builder, s string) {
	for i := nextMarked(s); i >= 0; i = nextMarked(s) {
		sb.WriteString(s[:i])
		sb.WriteByte((s[i+2]&1)<<6 | s[i+3]&0x3F)
		s = s[i+4:]
	}
	sb.WriteString(s)
}

// nextMarked returns the index of the first marked character in s, or -1.
func nextMarked(s string) int {
	off := 0
	for {
		i := strings.Index(s[off:], "\xF3\xB0")
		if i < 0 {
			return -1
		}
		i += off
		if i+3 < len(s) && (s[i+2] == 0x80 || s[i+2] == 0x81) && s[i+3] >= 0x80 && s[i+3] <= 0xBF {
			return i
		}
		off = i + 1
	}
}

func closesFence(raw, fence string) bool {
	t := strings.TrimLeft(raw, " >")
	return strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]+" ") == ""
}

// parseLine splits a line into its container syntax (indentation, quote
// marks, a list marker, heading marks: characters that are not marked)
// and its content.
//
// Its cells are appended to arena, which it returns, as a slice of their
// own that cannot grow into the next line's.
func parseLine(raw string, arena []cell) (mdLine, []cell) {
	var ln mdLine
	var i int
	i, ln.item, ln.heading, ln.table = scanPrefix(raw)
	ln.prefix = raw[:i]
	start := len(arena)
	cells := arena
	for _, r := range raw[i:] {
		switch {
		case r < utf8.RuneSelf:
			cells = append(cells, cell{r: r}) // most: neither odd nor marked
		case oddSpace(r):
			cells = append(cells, cell{r: r, text: true, odd: true})
		case isMarked(r):
			cells = append(cells, cell{r: r - markBase, text: true})
		default:
			cells = append(cells, cell{r: r})
		}
	}
	ln.cells = cells[start:len(cells):len(cells)]
	return ln, cells
}

// scanPrefix returns the length of a line's container syntax, and whether
// it ends in a list marker, makes a heading or starts a table row.
func scanPrefix(raw string) (i int, item, heading, table bool) {
	// The container syntax is ASCII: its bytes are read as characters.
loop:
	for i < len(raw) {
		switch r := raw[i]; {
		case r == ' ' || r == '\t' || r == '>':
			i++
		case r == '-' || r == '*' || r == '+':
			if i+1 < len(raw) && raw[i+1] != ' ' {
				break loop
			}
			item = true
			i++
		case r >= '0' && r <= '9':
			j := i
			for j < len(raw) && raw[j] >= '0' && raw[j] <= '9' {
				j++
			}
			if j-i > 9 || j == len(raw) || raw[j] != '.' && raw[j] != ')' || j+1 < len(raw) && raw[j+1] != ' ' {
				break loop
			}
			item = true
			i = j + 1
		case r == '#' && !heading:
			j := i
			for j < len(raw) && raw[j] == '#' {
				j++
			}
			if j-i > 6 || j < len(raw) && raw[j] != ' ' {
				break loop
			}
			heading = true
			i = j
			for i < len(raw) && raw[i] == ' ' {
				i++
			}
			break loop
		case r == '|':
			table = true
			break loop
		default:
			break loop
		}
	}
	return i, item, heading, table
}

// foldOddSpaces drops the spaces made of odd ones at the content's ends and
// next to another space, and moves one that stands inside emphasis marks
// (**word␣**) outside them, where the converter puts plain spaces.
func foldOddSpaces(cs []cell) []cell {
	if !slices.ContainsFunc(cs, func(c cell) bool { return c.odd }) {
		return cs
	}
	delim := func(c cell) bool { return !c.text && (c.r == '*' || c.r == '_' || c.r == '~') }
	for i := range cs {
		if cs[i].odd && cs[i].skip && !cs[i].title {
			cs[i].odd = false // in code: kept as it is
		}
		if cs[i].odd {
			cs[i].r = ' '
		}
	}
	for i := 0; i < len(cs); i++ {
		if !cs[i].odd {
			continue
		}
		k := i + 1
		for k < len(cs) && delim(cs[k]) {
			k++
		}
		if k > i+1 && i > 0 && cs[i-1].r != ' ' && marksBefore(cs, i, cs[i+1].r, k-i-1)%2 == 1 {
			// A closing run after the space: the space goes after it.
			sp := cs[i]
			copy(cs[i:], cs[i+1:k])
			cs[k-1] = sp
			i = k - 1
			continue
		}
		j := i
		for j > 0 && delim(cs[j-1]) {
			j--
		}
		if j < i && (j == 0 || cs[j-1].r == ' ') && i+1 < len(cs) && cs[i+1].r != ' ' && marksBefore(cs, j, cs[j].r, i-j)%2 == 0 {
			// An opening run before the space: the space goes before it.
			sp := cs[i]
			copy(cs[j+1:i+1], cs[j:i])
			cs[j] = sp
		}
	}
	out := cs[:0]
	for i, c := range cs {
		if c.odd && (len(out) == 0 || out[len(out)-1].r == ' ' || i+1 == len(cs) || cs[i+1].r == ' ') {
			continue
		}
		out = append(out, c)
	}
	for len(out) > 0 && out[len(out)-1].odd {
		out = out[:len(out)-1]
	}
	return out
}

// marksBefore counts the converter's runs of the mark ch, of length n,
// before cs[i]: an odd count makes the next such run a closing one.
func marksBefore(cs []cell, i int, ch rune, n int) int {
	count := 0
	for j := 0; j < i; {
		k := j
		for k < i && !cs[k].text && cs[k].r == ch {
			k++
		}
		if k == j {
			j++
			continue
		}
		if k-j == n {
			count++
		}
		j = k
	}
	return count
}

// renderUnit writes a paragraph (or a heading, or a table row) of marked
// lines as Markdown lines.
func renderUnit(w *lineWriter, unit []mdLine, plainSpaces bool) {
	if len(unit) == 0 {
		return
	}
	if unit[0].table {
		w.next()
		renderRow(&w.sb, unit[0], plainSpaces)
		return
	}
	cs := unit[0].cells
	if len(unit) > 1 {
		n := len(unit) - 1 // the line breaks
		for _, ln := range unit {
			n += len(ln.cells)
		}
		cs = make([]cell, 0, n)
		for k, ln := range unit {
			if k > 0 {
				cs = append(cs, cell{r: '\n', nl: true})
			}
			cs = append(cs, ln.cells...)
		}
	}
	cs = escapeCells(cs, unit[0].heading, unit[0].item, false, plainSpaces)
	k := 0
	w.next()
	w.sb.WriteString(unit[0].prefix)
	for _, c := range cs {
		if c.nl {
			k++
			w.next()
			w.sb.WriteString(unit[k].prefix)
			continue
		}
		if c.r < utf8.RuneSelf && !c.esc && !c.pct {
			w.sb.WriteByte(byte(c.r)) // most cells: one byte as it is
			continue
		}
		writeCell(&w.sb, c)
	}
}

// renderRow writes a table row: each cell's text on its own, a pipe in it
// escaped.
func renderRow(sb *strings.Builder, ln mdLine, plainSpaces bool) {
	sb.WriteString(ln.prefix)
	cs := ln.cells
	start := 0
	for k := 0; k <= len(cs); k++ {
		if k < len(cs) && (cs[k].text || cs[k].r != '|' || k > 0 && !cs[k-1].text && cs[k-1].r == '\\') {
			continue
		}
		for _, c := range escapeCells(cs[start:k], false, false, true, plainSpaces) {
			writeCell(sb, c)
		}
		if k < len(cs) {
			sb.WriteByte('|')
		}
		start = k + 1
	}
}

func writeCell(sb *strings.Builder, c cell) {
	if c.esc {
		sb.WriteByte('\\')
	}
	if c.pct && c.r < 0x80 {
		sb.WriteByte('%')
		sb.WriteByte("0123456789ABCDEF"[c.r>>4])
		sb.WriteByte("0123456789ABCDEF"[c.r&15])
		return
	}
	sb.WriteRune(c.r)
}

// escapeCells decides the escapes of a unit's content: its lines joined by
// nl cells.
func escapeCells(cs []cell, heading, item, table, plainSpaces bool) []cell {
	cs = dropUnsafeLinks(cs)
	if plainSpaces {
		cs = foldOddSpaces(cs)
	}
	escapeTitles(cs)
	if heading {
		escapeHeadingEnd(cs)
	} else if !table {
		start := 0
		for i := 0; i <= len(cs); i++ {
			if i == len(cs) || cs[i].nl {
				escapeBlockStart(cs, start, i, start == 0, item && start == 0)
				start = i + 1
			}
		}
	}
	escapeInline(cs)
	escapeBackslashes(cs)
	if table {
		for i := range cs {
			if cs[i].text && cs[i].r == '|' {
				cs[i].esc = true
			}
		}
	}
	return cs
}
