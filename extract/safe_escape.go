package extract

import (
	"slices"
	"strings"
	"unicode"
)

// cell is one character of marked Markdown while safeMarkdown decides how
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

// safeMarkdown turns marked Markdown (see markText) into Markdown: unsafe
// link and image targets dropped, text written with the escapes it needs
// and no others. Fenced code is left as it is. plainSpaces makes odd
// spaces outside code plain ones; a text dump's lines keep theirs as the
// dump has them (the reference case keeps a no-break space).
func safeMarkdown(md string, plainSpaces bool) string {
	if nothingToEscape(md, plainSpaces) {
		return unmarkAll(md)
	}
	return escapeMarkdown(md, plainSpaces)
}

// nothingToEscape reports whether md is plain lines of text that the
// step would write back unchanged: each line starts with a letter, and no
// character anywhere could take part in a construct (emphasis, code,
// links, raw HTML, entities, escapes), nor is an odd space to be made
// plain.
func nothingToEscape(md string, plainSpaces bool) bool {
	start := true
	for _, r := range md {
		switch {
		case r == '\n':
			start = true
			continue
		case start && r == ' ':
			continue
		case start:
			if !unicode.IsLetter(r) {
				return false
			}
			start = false
		}
		if isMarked(r) {
			r -= markBase
		} else if oddSpace(r) {
			if plainSpaces {
				return false
			}
			continue
		}
		switch r {
		case '\\', '`', '*', '_', '~', '<', '&', '[', ']', '!', '|':
			return false
		}
	}
	return true
}

// escapeMarkdown is safeMarkdown's full work.
func escapeMarkdown(md string, plainSpaces bool) string {
	if md == "" {
		return md
	}
	var out []string
	var unit []mdLine
	emit := func() {
		out = append(out, renderUnit(unit, plainSpaces)...)
		unit = nil
	}
	fence := ""
	for raw := range strings.SplitSeq(md, "\n") {
		if fence != "" {
			out = append(out, unmarkAll(raw))
			if closesFence(raw, fence) {
				fence = ""
			}
			continue
		}
		ln := parseLine(raw)
		if f := opensFence(ln); f != "" {
			emit()
			out = append(out, unmarkAll(raw))
			fence = f
			continue
		}
		if len(ln.cells) == 0 {
			emit()
			out = append(out, ln.prefix)
			continue
		}
		if ln.item || ln.heading || ln.table || len(unit) > 0 && (unit[0].heading || unit[0].table) {
			emit()
		}
		unit = append(unit, ln)
	}
	emit()
	return strings.Join(out, "\n")
}

func isMarked(r rune) bool { return r >= markBase && r < markBase+0x80 }

// unmarkAll writes marked characters back as they are.
func unmarkAll(s string) string {
	if !strings.ContainsFunc(s, isMarked) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isMarked(r) {
			return r - markBase
		}
		return r
	}, s)
}

// opensFence returns the fence that a line's content opens, or "".
func opensFence(ln mdLine) string {
	c := ln.cells
	if len(c) < 3 || c[0].text || c[0].r != '`' && c[0].r != '~' {
		return ""
	}
	n := 0
	for n < len(c) && !c[n].text && c[n].r == c[0].r {
		n++
	}
	if n < 3 {
		return ""
	}
	return strings.Repeat(string(c[0].r), n)
}

func closesFence(raw, fence string) bool {
	t := strings.TrimLeft(raw, " >")
	return strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]+" ") == ""
}

// parseLine splits a line into its container syntax (indentation, quote
// marks, a list marker, heading marks: characters that are not marked)
// and its content.
func parseLine(raw string) mdLine {
	rs := []rune(raw)
	var ln mdLine
	i := 0
loop:
	for i < len(rs) {
		switch r := rs[i]; {
		case r == ' ' || r == '\t' || r == '>':
			i++
		case r == '-' || r == '*' || r == '+':
			if i+1 < len(rs) && rs[i+1] != ' ' {
				break loop
			}
			ln.item = true
			i++
		case r >= '0' && r <= '9':
			j := i
			for j < len(rs) && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			if j-i > 9 || j == len(rs) || rs[j] != '.' && rs[j] != ')' || j+1 < len(rs) && rs[j+1] != ' ' {
				break loop
			}
			ln.item = true
			i = j + 1
		case r == '#' && !ln.heading:
			j := i
			for j < len(rs) && rs[j] == '#' {
				j++
			}
			if j-i > 6 || j < len(rs) && rs[j] != ' ' {
				break loop
			}
			ln.heading = true
			i = j
			for i < len(rs) && rs[i] == ' ' {
				i++
			}
			break loop
		case r == '|':
			ln.table = true
			break loop
		default:
			break loop
		}
	}
	ln.prefix = string(rs[:i])
	cells := make([]cell, 0, len(rs)-i)
	for _, r := range rs[i:] {
		switch {
		case oddSpace(r):
			cells = append(cells, cell{r: r, text: true, odd: true})
		case isMarked(r):
			cells = append(cells, cell{r: r - markBase, text: true})
		default:
			cells = append(cells, cell{r: r})
		}
	}
	ln.cells = cells
	return ln
}

// foldOddSpaces drops the spaces made of odd ones at the content's ends and
// next to another space, and moves one that stands inside emphasis marks
// (**word␣**) outside them, where the converter puts plain spaces.
func foldOddSpaces(cs []cell) []cell {
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
func renderUnit(unit []mdLine, plainSpaces bool) []string {
	if len(unit) == 0 {
		return nil
	}
	if unit[0].table {
		return []string{renderRow(unit[0], plainSpaces)}
	}
	var cs []cell
	for k, ln := range unit {
		if k > 0 {
			cs = append(cs, cell{r: '\n', nl: true})
		}
		cs = append(cs, ln.cells...)
	}
	cs = escapeCells(cs, unit[0].heading, unit[0].item, false, plainSpaces)
	out := make([]string, 0, len(unit))
	var sb strings.Builder
	k := 0
	sb.WriteString(unit[0].prefix)
	for _, c := range cs {
		if c.nl {
			out = append(out, sb.String())
			sb.Reset()
			k++
			sb.WriteString(unit[k].prefix)
			continue
		}
		writeCell(&sb, c)
	}
	return append(out, sb.String())
}

// renderRow writes a table row: each cell's text on its own, a pipe in it
// escaped.
func renderRow(ln mdLine, plainSpaces bool) string {
	var sb strings.Builder
	sb.WriteString(ln.prefix)
	cs := ln.cells
	start := 0
	for k := 0; k <= len(cs); k++ {
		if k < len(cs) && (cs[k].text || cs[k].r != '|' || k > 0 && !cs[k-1].text && cs[k-1].r == '\\') {
			continue
		}
		for _, c := range escapeCells(cs[start:k], false, false, true, plainSpaces) {
			writeCell(&sb, c)
		}
		if k < len(cs) {
			sb.WriteByte('|')
		}
		start = k + 1
	}
	return sb.String()
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

// dropUnsafeLinks finds the links and images the converter wrote (their
// syntax is not marked) and drops those whose target is unsafe: a link
// keeps its text, an image goes. Code spans and link targets become skip
// cells, link titles title cells.
func dropUnsafeLinks(cs []cell) []cell {
	var stack []int
	dropped := false
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.text || c.skip {
			continue
		}
		switch c.r {
		case '`':
			n := runAt(cs, i, false)
			if k := nextRun(cs, i+n, n, false); k >= 0 {
				for j := i; j < k+n; j++ {
					cs[j].skip = true
				}
				i = k + n - 1
			} else {
				i += n - 1
			}
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 || i+1 >= len(cs) || cs[i+1].text || cs[i+1].r != '(' {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end, dest := converterTail(cs, i+1)
			if end < 0 {
				continue
			}
			if !safeTarget(dest) {
				dropped = true
				if o > 0 && !cs[o-1].text && cs[o-1].r == '!' {
					for j := o - 1; j < end; j++ {
						cs[j].gone = true
					}
				} else {
					cs[o].gone = true
					for j := i; j < end; j++ {
						cs[j].gone = true
					}
				}
			}
			i = end - 1
		}
	}
	if !dropped {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if !c.gone {
			out = append(out, c)
		}
	}
	return out
}

// converterTail reads the target and title of a link the converter wrote,
// from its opening parenthesis at p; it returns the index after the
// closing one and the target, or -1.
func converterTail(cs []cell, p int) (int, string) {
	q := p + 1
	syntax := func(q int, r rune) bool { return q < len(cs) && !cs[q].text && cs[q].r == r }
	var dest strings.Builder
	depth := 0
	for q < len(cs) && !syntax(q, ' ') && !cs[q].nl {
		if syntax(q, '(') {
			depth++
		}
		if syntax(q, ')') {
			if depth == 0 {
				break
			}
			depth--
		}
		if cs[q].text {
			cs[q].pct = true
		}
		dest.WriteRune(cs[q].r)
		q++
	}
	if syntax(q, ' ') && (syntax(q+1, '"') || syntax(q+1, '\'')) {
		quote := cs[q+1].r
		t := q + 2
		for t < len(cs) && !syntax(t, quote) {
			t++
		}
		if t >= len(cs) {
			return -1, ""
		}
		for j := q + 2; j < t; j++ {
			cs[j].title = true
		}
		q = t + 1
	}
	if !syntax(q, ')') {
		return -1, ""
	}
	for j := p; j <= q; j++ {
		cs[j].skip = true
	}
	return q + 1, dest.String()
}

// escapeTitles escapes in link titles what would end them or be read as
// an escape or an entity.
func escapeTitles(cs []cell) {
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if !c.title || !c.text {
			continue
		}
		switch c.r {
		case '"', '\'':
			// The converter quotes a title with ", or with ' when it
			// holds " (it sees no marked quote: always ").
			c.esc = c.r == '"'
		case '\\':
			c.esc = i+1 < len(cs) && (cs[i+1].esc || cs[i+1].r < 0x80 && isASCIIPunct(byte(cs[i+1].r)))
		case '&':
			c.esc = entityLen(string(runesOf(cs[i:min(len(cs), i+40)]))) > 0
		}
	}
}

func runesOf(cs []cell) []rune {
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = c.r
		if c.nl {
			rs[i] = '\n'
		}
	}
	return rs
}

// escapeHeadingEnd escapes a run of # that would close a heading.
func escapeHeadingEnd(cs []cell) {
	e := len(cs)
	for e > 0 && cs[e-1].r == ' ' {
		e--
	}
	k := e
	for k > 0 && cs[k-1].r == '#' && !cs[k-1].esc {
		k--
	}
	if k < e && cs[k].text && (k == 0 || cs[k-1].r == ' ') {
		cs[k].esc = true
	}
}

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
	if c.r < 0x80 && isASCIIPunct(byte(c.r)) && !c.text {
		return // syntax
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
	default:
		k := 0
		for k < len(line) && line[k] >= '0' && line[k] <= '9' {
			k++
		}
		if k == 0 || k > 9 || k == len(line) || line[k] != '.' && line[k] != ')' || !cs[s+k].text {
			return
		}
		if k+1 < len(line) && line[k+1] != ' ' && line[k+1] != '\t' {
			return
		}
		rest := strings.TrimSpace(string(line[k+1:]))
		cs[s+k].esc = first || string(line[:k]) == "1" && rest != ""
	}
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
	n := rawHTMLLen(line, 0)
	return n > 0 && strings.TrimSpace(string(line[n:])) == ""
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

// opener is a [ or ![ met by the inline scan.
type opener struct {
	pos    int
	image  bool
	active bool
}

// escapeInline runs a CommonMark inline parse over the cells and escapes
// each text character that would take part in a construct: a code span,
// raw HTML, an autolink, an entity, a link or image, emphasis or
// strikethrough. The converter's own constructs are left as they are.
func escapeInline(cs []cell) {
	// Escaping a backtick splits its run, which may give an earlier one a
	// closer: the pass runs again until no new escape is made.
	for escapeInlineOnce(cs) {
	}
	escapeEmphasis(cs, 0, len(cs))
}

// escapeInlineOnce is one pass of escapeInline but for emphasis; it
// reports whether it escaped a backtick that was not escaped before.
func escapeInlineOnce(cs []cell) bool {
	rs := runesOf(cs)
	var stack []opener
	more := false
	for i := 0; i < len(cs); i++ {
		c := &cs[i]
		if c.skip || c.esc || c.nl {
			continue
		}
		switch c.r {
		case '\\':
			if !c.text && i+1 < len(cs) {
				i++ // an escape the converter wrote
			}
		case '`':
			n := runAt(cs, i, true)
			if c.text && nextRun(cs, i+n, n, true) >= 0 {
				// It would open a code span: escaped, the rest of the
				// run is a shorter one, looked at anew.
				c.esc, more = true, true
				continue
			}
			i += n - 1
		case '<':
			n := rawHTMLLen(rs, i)
			if n == 0 {
				n = autolinkLen(rs, i)
			}
			if n > 0 {
				if c.text {
					c.esc = true
				} else {
					i += n - 1 // the converter's comment
				}
			}
		case '&':
			if c.text && entityLen(string(rs[i:min(len(rs), i+40)])) > 0 {
				c.esc = true
			}
		case '[':
			image := i > 0 && cs[i-1].r == '!' && !cs[i-1].esc && !cs[i-1].skip && !cs[i-1].nl
			stack = append(stack, opener{pos: i, image: image, active: true})
		case ']':
			stack, i = closeBracket(cs, stack, i)
		}
	}
	return more
}

// closeBracket handles a ] at i as CommonMark does, escaping text brackets
// that would make a link; it returns the stack and the index to go on
// from.
func closeBracket(cs []cell, stack []opener, i int) ([]opener, int) {
	c := &cs[i]
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		if !o.active {
			return stack[:len(stack)-1], i
		}
		end := -1
		if i+1 < len(cs) && cs[i+1].skip && cs[i+1].r == '(' {
			end = i + 1
			for end < len(cs) && cs[end].skip {
				end++
			}
		} else {
			end = linkTail(cs, i+1)
		}
		op := &cs[o.pos]
		if end < 0 {
			if c.text && !op.text {
				c.esc = true // it would end the converter's link text
				return stack, i
			}
			return stack[:len(stack)-1], i
		}
		if op.text {
			op.esc = true // a link the article did not have
			stack = stack[:len(stack)-1]
			continue
		}
		if c.text {
			c.esc = true
			return stack, i
		}
		// The converter's link or image.
		if o.image && cs[o.pos-1].text {
			cs[o.pos-1].esc = true
			o.image = false
		}
		escapeEmphasis(cs, o.pos+1, i)
		for j := o.pos + 1; j < i; j++ {
			cs[j].done = true
		}
		stack = stack[:len(stack)-1]
		if !o.image {
			for k := range stack {
				if !stack[k].image {
					stack[k].active = false
				}
			}
		}
		return stack, end - 1
	}
	return stack, i
}

// linkTail parses an inline link's (target "title") from p as CommonMark
// does; it returns the index after it, or -1.
func linkTail(cs []cell, p int) int {
	n := len(cs)
	is := func(q int, r rune) bool { return q < n && cs[q].r == r && !cs[q].esc && !cs[q].nl }
	ws := func(q int) int {
		nl := false
		for q < n && (cs[q].r == ' ' || cs[q].r == '\t' || cs[q].nl && !nl) {
			nl = nl || cs[q].nl
			q++
		}
		return q
	}
	if !is(p, '(') {
		return -1
	}
	q := ws(p + 1)
	if is(q, '<') {
		q++
		for q < n && !is(q, '>') {
			if cs[q].nl {
				return -1
			}
			q++
		}
		if q >= n {
			return -1
		}
		q++
	} else {
		depth := 0
		for q < n {
			c := cs[q]
			if c.nl || c.r == ' ' || c.r == '\t' || c.r == '\r' {
				break // goldmark takes other control characters in
			}
			if is(q, '(') {
				depth++
			} else if is(q, ')') {
				if depth == 0 {
					break
				}
				depth--
			}
			q++
		}
		// goldmark ends the target at a space even inside parentheses.
	}
	t := ws(q)
	if t > q && (is(t, '"') || is(t, '\'') || is(t, '(')) {
		closer := cs[t].r
		if closer == '(' {
			closer = ')'
		}
		u := t + 1
		for u < n && !is(u, closer) {
			if closer == ')' && is(u, '(') {
				return -1
			}
			u++
		}
		if u >= n {
			return -1
		}
		t = ws(u + 1)
	}
	if is(t, ')') {
		return t + 1
	}
	return -1
}

// runAt returns the length of the run of backticks at i; any says whether
// text backticks count (else only the converter's).
func runAt(cs []cell, i int, any bool) int {
	n := 0
	for i+n < len(cs) && cs[i+n].r == '`' && !cs[i+n].esc && (any || !cs[i+n].text) {
		n++
	}
	return n
}

// nextRun returns where the next run of exactly n backticks that could
// close a code span starts at or after i, or -1. With any, runs are those
// the output shows: a text backtick escaped (written "\`") closes as well,
// its backslash being literal inside a code span, and starts a run of its
// own.
func nextRun(cs []cell, i, n int, any bool) int {
	for i < len(cs) {
		if cs[i].r != '`' || !any && (cs[i].esc || cs[i].text) {
			i++
			continue
		}
		m := 1 + runAt(cs, i+1, any)
		if m == n {
			return i
		}
		i += m
	}
	return -1
}

// delim is a run of *, _ or ~ for the emphasis parse.
type delim struct {
	ch                rune
	idx               []int // the cells of the run
	lo, hi            int   // what is left of idx
	orig              int
	canOpen, canClose bool
	dead              bool
}

// escapeEmphasis escapes, in cs[a:b], the text characters that would
// open or close emphasis or strikethrough, or change how the converter's
// marks pair: it escapes all of them, then takes back each escape that
// the parse does without (goldmark's delimiter processing, run again).
func escapeEmphasis(cs []cell, a, b int) {
	var cand []int
	for j := a; j < b; j++ {
		c := &cs[j]
		if c.text && !c.esc && !c.skip && !c.done && (c.r == '*' || c.r == '_' || c.r == '~') {
			c.esc = true
			cand = append(cand, j)
		}
	}
	if len(cand) == 0 {
		return
	}
	want := pairDelims(delims(cs, a, b))
	for k := len(cand) - 1; k >= 0; k-- {
		// From the end: the escapes kept are the first ones, on the
		// marks that would open.
		j := cand[k]
		cs[j].esc = false
		if !slices.Equal(pairDelims(delims(cs, a, b)), want) {
			cs[j].esc = true
		}
	}
}

// delims returns the delimiter runs of cs[a:b], as goldmark scans them.
func delims(cs []cell, a, b int) []*delim {
	var ds []*delim
	usable := func(j int, ch rune) bool {
		c := cs[j]
		return c.r == ch && !c.esc && !c.skip && !c.done && !c.nl
	}
	for j := a; j < b; j++ {
		ch := cs[j].r
		if ch != '*' && ch != '_' && ch != '~' || !usable(j, ch) {
			continue
		}
		k := j
		for k < b && usable(k, ch) {
			k++
		}
		before, after := '\n', '\n'
		if j > 0 && !cs[j-1].nl {
			before = cs[j-1].r
		}
		if k < len(cs) && !cs[k].nl {
			after = cs[k].r
			if cs[k].esc {
				after = '\\'
			}
		}
		n := k - j
		if ch == '~' && (n > 2 || before == '~') {
			j = k - 1
			continue
		}
		bp, bs := isPunctRune(before), isSpaceRune(before)
		ap, as := isPunctRune(after), isSpaceRune(after)
		left := !as && (!ap || bs || bp)
		right := !bs && (!bp || as || ap)
		d := &delim{ch: ch, orig: n, hi: n}
		for t := j; t < k; t++ {
			d.idx = append(d.idx, t)
		}
		if ch == '_' {
			d.canOpen = left && (!right || bp)
			d.canClose = right && (!left || ap)
		} else {
			d.canOpen, d.canClose = left, right
		}
		ds = append(ds, d)
		j = k - 1
	}
	return ds
}

func isPunctRune(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || unicode.IsSpace(r)
}

// pairDelims runs goldmark's delimiter processing over ds and returns
// the cells each match takes, the matches parted by -1.
func pairDelims(ds []*delim) []int {
	var taken []int
	for ci := 0; ci < len(ds); ci++ {
		closer := ds[ci]
		if closer.dead || !closer.canClose {
			continue
		}
		for {
			found, maybe := -1, false
			consume := 0
			for oi := ci - 1; oi >= 0; oi-- {
				op := ds[oi]
				if op.dead || !op.canOpen || op.ch != closer.ch {
					continue
				}
				maybe = true
				consume = consumption(op, closer)
				if consume > 0 {
					found = oi
					break
				}
			}
			if found < 0 {
				if !maybe && !closer.canOpen {
					closer.dead = true
				}
				break
			}
			op := ds[found]
			taken = append(taken, op.idx[op.hi-consume:op.hi]...)
			taken = append(taken, closer.idx[closer.lo:closer.lo+consume]...)
			taken = append(taken, -1)
			op.hi -= consume
			closer.lo += consume
			for k := found + 1; k < ci; k++ {
				ds[k].dead = true
			}
			if op.hi == op.lo {
				op.dead = true
			}
			if closer.lo == closer.hi {
				closer.dead = true
				break
			}
		}
	}
	return taken
}

// consumption is how many characters an opener and a closer take from
// each other, by goldmark's rule of three.
func consumption(op, cl *delim) int {
	if (op.canClose || cl.canOpen) && (op.orig+cl.orig)%3 == 0 && cl.orig%3 != 0 {
		return 0
	}
	if op.hi-op.lo >= 2 && cl.hi-cl.lo >= 2 {
		return 2
	}
	return 1
}

// escapeBackslashes escapes a text backslash that would escape what
// follows it: punctuation, an escape, or a line break.
func escapeBackslashes(cs []cell) {
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if !c.text || c.r != '\\' || c.esc || c.title {
			continue
		}
		if i+1 >= len(cs) {
			continue
		}
		next := cs[i+1]
		c.esc = next.esc || next.nl || next.r < 0x80 && isASCIIPunct(byte(next.r))
	}
}

// rawHTMLLen returns the length of the raw HTML (a tag, comment,
// processing instruction, declaration or CDATA section) that a CommonMark
// parser would read at rs[i], or 0.
func rawHTMLLen(rs []rune, i int) int {
	n := len(rs)
	if i+1 >= n || rs[i] != '<' {
		return 0
	}
	s := string(rs[i:min(n, i+4)])
	find := func(from int, end string) int {
		t := strings.Index(string(rs[from:]), end)
		if t < 0 {
			return 0
		}
		return len([]rune(string(rs[from:])[:t])) + from + len([]rune(end)) - i
	}
	switch {
	case strings.HasPrefix(s, "<!--"):
		if strings.HasPrefix(string(rs[i:min(n, i+5)]), "<!-->") {
			return 5
		}
		if strings.HasPrefix(string(rs[i:min(n, i+6)]), "<!--->") {
			return 6
		}
		return find(i+4, "-->")
	case strings.HasPrefix(s, "<?"):
		return find(i+1, "?>") // goldmark reads <?> too
	case strings.HasPrefix(string(rs[i:min(n, i+9)]), "<![CDATA["):
		return find(i+9, "]]>")
	case strings.HasPrefix(s, "<!") && len(s) > 2 && rs[i+2] >= 'A' && rs[i+2] <= 'Z':
		return find(i+2, ">")
	}
	j := i + 1
	closing := rs[j] == '/'
	if closing {
		j++
	}
	if j >= n || !(rs[j] < 0x80 && isAlpha(byte(rs[j]))) {
		return 0
	}
	for j < n && rs[j] < 0x80 && (isAlnum(byte(rs[j])) || rs[j] == '-') {
		j++
	}
	space := func(j int) (int, bool) {
		k, nl := j, false
		for k < n && (rs[k] == ' ' || rs[k] == '\t' || rs[k] == '\n' && !nl) {
			nl = nl || rs[k] == '\n'
			k++
		}
		return k, k > j
	}
	if closing {
		j, _ = space(j)
		if j < n && rs[j] == '>' {
			return j + 1 - i
		}
		return 0
	}
	for {
		k, sp := space(j)
		if k < n && rs[k] == '>' {
			return k + 1 - i
		}
		if k+1 < n && rs[k] == '/' && rs[k+1] == '>' {
			return k + 2 - i
		}
		if !sp || k >= n || !(rs[k] < 0x80 && (isAlpha(byte(rs[k])) || rs[k] == '_' || rs[k] == ':')) {
			return 0
		}
		j = k
		for j < n && rs[j] < 0x80 && (isAlnum(byte(rs[j])) || strings.ContainsRune("_.:-", rs[j])) {
			j++
		}
		k, _ = space(j)
		if k < n && rs[k] == '=' {
			k, _ = space(k + 1)
			if k >= n {
				return 0
			}
			switch q := rs[k]; q {
			case '"', '\'':
				e := k + 1
				for e < n && rs[e] != q {
					e++
				}
				if e >= n {
					return 0
				}
				j = e + 1
			default:
				e := k
				for e < n && !strings.ContainsRune(" \t\n\"'=<>`", rs[e]) {
					e++
				}
				if e == k {
					return 0
				}
				j = e
			}
		}
	}
}

// autolinkLen returns the length of the autolink (<scheme:...> or
// <address@host>) at rs[i], or 0.
func autolinkLen(rs []rune, i int) int {
	n := len(rs)
	e := i + 1
	for e < n && rs[e] != '>' && rs[e] != '<' && rs[e] > ' ' {
		e++
	}
	if e >= n || rs[e] != '>' {
		return 0
	}
	body := string(rs[i+1 : e])
	if c := strings.IndexByte(body, ':'); c >= 2 && c <= 32 && isAlpha(body[0]) {
		ok := true
		for k := 1; k < c; k++ {
			ok = ok && (isAlnum(body[k]) || strings.IndexByte("+.-", body[k]) >= 0)
		}
		if ok {
			return e + 1 - i
		}
	}
	at := strings.IndexByte(body, '@')
	if at <= 0 || at == len(body)-1 {
		return 0
	}
	for k := 0; k < at; k++ {
		if !(body[k] < 0x80 && (isAlnum(body[k]) || strings.IndexByte(".!#$%&'*+/=?^_`{|}~-", body[k]) >= 0)) {
			return 0
		}
	}
	for _, label := range strings.Split(body[at+1:], ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return 0
		}
		for k := 0; k < len(label); k++ {
			if !(isAlnum(label[k]) || label[k] == '-') {
				return 0
			}
		}
	}
	return e + 1 - i
}
