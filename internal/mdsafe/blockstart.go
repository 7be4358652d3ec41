package mdsafe

import (
	"slices"
	"strings"
	"unicode"
)

// escapeBlockStart escapes what would make the line content cs[s:e] start
// a block: a heading, quote, list item, rule, setext underline, fence, HTML
// block or link reference definition, or a task box in a list item. first
// says whether the line starts a paragraph (or a list item), rather than
// going on with one.
func escapeBlockStart(cs []cell, s, e int, first, item bool) {
	for s < e && cs[s].r == ' ' {
		s++
	}
	if s >= e {
		return
	}
	c := &cs[s]
	if c.r < 0x80 && IsASCIIPunct(byte(c.r)) && !c.text {
		return // syntax
	}
	if c.r >= '0' && c.r <= '9' {
		escapeOrderedStart(cs, s, e, first)
		return
	}
	if c.r >= 0x80 || !IsASCIIPunct(byte(c.r)) {
		return // a letter, a space or any other character: no block
	}
	line := runesOf(cs[s:e])
	only := func(chars string) bool {
		return strings.Trim(string(line), chars+" \t") == ""
	}
	switch c.r {
	case '#':
		k := 0
		for k < len(line) && line[k] == '#' {
			k++
		}
		c.esc = k <= 6 && (k == len(line) || line[k] == ' ' || line[k] == '\t')
	case '>':
		c.esc = true
	case '-', '*', '_', '+':
		switch {
		case c.r != '+' && thematicBreak(line):
			c.esc = true
		case c.r == '-' && !first && only("-"):
			c.esc = true // a setext underline
		case c.r == '_':
		case len(line) == 1:
			c.esc = first
		case line[1] == ' ' || line[1] == '\t':
			c.esc = first || strings.TrimSpace(string(line[1:])) != ""
		}
	case '=':
		c.esc = !first && only("=")
	case '`', '~':
		k := 0
		for k < len(line) && line[k] == c.r {
			k++
		}
		c.esc = k >= 3 && (c.r == '~' || !strings.ContainsRune(string(line[k:]), '`'))
	case '<':
		c.esc = htmlBlockStart(line, first)
	case '[':
		if first && refDefinition(cs[s:]) {
			c.esc = true
		} else if item && len(line) >= 3 && strings.ContainsRune(" xX", line[1]) && line[2] == ']' &&
			(len(line) == 3 || line[3] == ' ' || line[3] == '\t') {
			c.esc = true
		}
	}
}

// escapeOrderedStart is escapeBlockStart for a line content cs[s:e] that
// starts with a digit: it escapes what would make it an ordered list item.
func escapeOrderedStart(cs []cell, s, e int, first bool) {
	line := cs[s:e] // no line break inside: each cell's r is its character
	k := 0
	for k < len(line) && line[k].r >= '0' && line[k].r <= '9' {
		k++
	}
	if k == 0 || k > 9 || k == len(line) || line[k].r != '.' && line[k].r != ')' || !line[k].text {
		return
	}
	if k+1 < len(line) && line[k+1].r != ' ' && line[k+1].r != '\t' {
		return
	}
	line[k].esc = first || k == 1 && line[0].r == '1' && slices.ContainsFunc(line[k+1:], func(c cell) bool { return !unicode.IsSpace(c.r) })
}

// thematicBreak reports whether a line is a rule: three or more of -, *
// or _, and spaces.
func thematicBreak(line []rune) bool {
	n := 0
	for _, r := range line {
		switch {
		case r == line[0]:
			n++
		case r == ' ' || r == '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// htmlBlockTags are the tags that start an HTML block of kind 6.
var htmlBlockTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields(`address article aside base basefont blockquote body caption center col
		colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset
		h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol
		optgroup option p param search section summary table tbody td tfoot th thead title tr track ul`) {
		htmlBlockTags[t] = true
	}
}

// htmlBlockStart reports whether a line starting with < starts an HTML
// block; the seventh kind (any whole tag alone on its line) only where a
// paragraph starts.
func htmlBlockStart(line []rune, first bool) bool {
	s := strings.ToLower(string(line))
	for _, t := range []string{"<script", "<pre", "<style", "<textarea"} {
		if strings.HasPrefix(s, t) {
			rest := s[len(t):]
			if rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>' {
				return true
			}
		}
	}
	if strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "<?") || strings.HasPrefix(s, "<![cdata[") ||
		len(line) > 2 && line[1] == '!' && line[2] >= 'A' && line[2] <= 'Z' {
		return true
	}
	name := s[1:]
	if strings.HasPrefix(name, "/") {
		// goldmark takes spaces after </.
		name = strings.TrimLeft(name[1:], " ")
		line = append([]rune("</"), []rune(strings.TrimLeft(string(line[2:]), " "))...)
	}
	k := 0
	for k < len(name) && isAlnum(name[k]) {
		k++
	}
	if k > 0 && htmlBlockTags[name[:k]] {
		rest := name[k:]
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '>' || strings.HasPrefix(rest, "/>") {
			return true
		}
	}
	if !first {
		return false
	}
	if n := rawHTMLLen(line, 0); n > 0 {
		return strings.TrimSpace(string(line[n:])) == ""
	}
	// goldmark reads a closing tag at a block's start as it reads an opening
	// one, attributes and "/>" included ("</a/>", "</ a b>"), though
	// neither is a tag inline.
	if len(line) < 3 || line[1] != '/' {
		return false
	}
	open := append([]rune("<"), line[2:]...)
	n := rawHTMLLen(open, 0)
	return n > 0 && strings.TrimSpace(string(open[n:])) == ""
}

// refDefinition reports whether the content starting at [ would be read
// as a link reference definition: [label]: target.
func refDefinition(cs []cell) bool {
	i := 1
	for i < len(cs) && i < 1000 && !(cs[i].r == ']' && !cs[i].esc) {
		if cs[i].r == '[' && !cs[i].esc {
			return false
		}
		i++
	}
	if i >= len(cs) || i >= 1000 || strings.TrimSpace(string(runesOf(cs[1:i]))) == "" {
		return false
	}
	if i+1 >= len(cs) || cs[i+1].r != ':' {
		return false
	}
	return strings.TrimSpace(string(runesOf(cs[i+2:]))) != ""
}
