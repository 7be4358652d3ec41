package extract

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/clean"
)

// The text-dump path. A dump of a whole page (w3m's, a browser's innerText,
// a "select all, copy") has no markup left, so the article is found by the
// shape of its lines:
//
//  1. readLines: the lines of a sentence that the page broke in the middle
//     are joined first (rawLines); then each line with its list marker, length, stop words (de, en,
//     es, fr, it, nl, pl, pt and a few more) and whether it reads as running
//     text; chrome lines are marked by clean.DefaultTextRules, and so are
//     short lines the page shows twice. Each line gets a value: running text
//     counts for the article by its length, labels, menus and chrome count
//     against it.
//  2. findRegion: the article is the stretch of lines with the highest sum
//     of values (where long sentence-like lines cluster), unless it lies
//     after the page's first comments or related-links heading and a
//     stretch a quarter as heavy stands before it. It ends early at a
//     comment section, a block of related links or an author's box
//     (clean.EndRules) unless the article visibly resumes after it, and
//     starts higher at a recipe's list of ingredients above its steps;
//     a run of teasers (headline and one short paragraph) at its end goes;
//     a list of running words or of labelled facts right under it is
//     taken in.
//  3. findTitle: the headline is chosen among the short lines above the
//     region (and a few inside it, the end of a numbered breadcrumb trail
//     and a heading a text browser sets in deeply) by weighted features: distance, words shared with the
//     article, a date or byline under it, repetition on the page, empty
//     lines around it in a dump that sets headings apart (a text
//     browser's) or, in one that sets only paragraphs apart, beside a
//     heading (a standfirst), and marks of labels, names, captions and
//     buttons. When nothing near the region's start is dated, a dated
//     headline where the text starts anew after a menu inside the region
//     is weighed as if the region began there (restartAt); the lines above
//     a dated standfirst that a share bar parts from the text are weighed
//     as if the region began at the standfirst (leadAbove). A kicker,
//     breadcrumb, date or link mark glued to its line is cut off
//     (titleText).
//  4. findDate (textdate.go), findAuthor: the date line, dated byline or
//     opening dateline closest to the headline, preferring lines below it
//     and publication over update dates, else a labelled publication date
//     further off or a lone date line under the article; the byline ("Von
//     X", "By X"…).
//  5. textBlocks: the lines from under the headline (from the region's
//     start when full paragraphs stand above a headline found inside it) to
//     the region's end become paragraphs, section headings (short lines
//     followed by text), lists, code and tables (tab-separated rows);
//     chrome, date and byline lines and doubled captions go, each with a
//     clean.Removal, and lines outside the article are recorded too.

// textLine is one non-empty line of a dump.
type textLine struct {
	text        string // the line, white space folded, list marker removed
	bullet      bool   // it carried a list marker, or is indented as a list item is
	marker      bool   // it carried a list marker other than a number
	setIn       bool   // it was indented, as a text browser sets in a list's items
	indent      bool   // it is a list item only by its indentation
	margin      int    // the spaces it is set in by, when it carries no marker
	ordered     bool   // the marker was a number
	runes       int
	words       int
	stops       int      // stop words among its words
	prose       bool     // it reads as a sentence
	strong      bool     // running text beyond doubt: prose with sentence punctuation or long
	rule        string   // the name of the text rule that marks it as chrome, or ""
	fold        string   // the text folded for comparisons (clean.Fold)
	repeat      bool     // the page shows the same short line elsewhere
	shown       int      // how many times the page shows this line
	quantity    bool     // an amount and what of: "200 g Mehl", "2 cups flour"
	code        bool     // it reads as a line of program code
	blankBefore bool     // an empty line stands above it
	blankAfter  bool     // an empty line stands below it
	date        bool     // it is a date line
	dates       bool     // it opens with a post's dates run together (gluedDates)
	cells       []string // the cells of a table row, as a browser's dump separates them with tabs
	value       float64
}

// fromText rebuilds the article of a plain-text dump.
func fromText(s string, opts Options) *Document {
	doc, _ := fromTextContext(context.Background(), s, opts)
	return doc
}

// fromTextContext is fromText that looks at ctx between its steps and
// returns why ctx ended, if it did.
func fromTextContext(ctx context.Context, s string, opts Options) (*Document, error) {
	doc := &Document{Format: Text}
	lines, err := readLinesContext(ctx, s)
	if err != nil {
		return nil, err
	}
	if len(lines) == 0 {
		return doc, nil
	}
	start, end := findRegion(lines)
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	if start < 0 {
		// No running text at all: keep what is neither chrome nor a menu.
		for _, l := range lines {
			if l.rule == "" && !l.bullet {
				doc.Blocks = append(doc.Blocks, paragraph(l.text))
			}
		}
		return doc, nil
	}
	ti := findTitle(lines, start, end)
	if ti >= 0 {
		doc.Title = titleText(lines, ti)
		if datedHeadline(lines[ti]) {
			lines[ti].date = false // the day it names is not the page's
		}
	}
	anchor := start
	if ti >= 0 {
		anchor = ti
	}
	di := findDate(lines, anchor, start, end)
	if di >= 0 {
		doc.Date, _ = lineDate(lines[di].text)
		if !datingLine(lines[di]) {
			di = -1 // a paragraph that opens with its dateline is kept
		}
	}
	ai, author := findAuthor(lines, anchor, start)
	doc.Author = author
	// The body starts under the headline: short lines of the region above
	// it are a kicker, not the article. A full paragraph above it is the
	// article's, and the region is kept whole: a headline chosen inside
	// the article is more likely a section heading or a pull quote than
	// a sign that the text above it is chrome.
	from, regionStart := start, start
	if ti >= 0 {
		from = ti + 1
		if hasParagraph(lines, start, ti) {
			from = min(from, start)
		} else {
			start = max(start, from)
		}
	}
	if err := stopped(ctx); err != nil {
		return nil, err
	}
	markUnmarkedLists(lines, start, end)
	blocks, removed := textBlocks(lines, from, start, end, di, ai)
	if len(blocks) == 0 && from > regionStart {
		// The headline took the region's only text: keep the region whole.
		doc.Title = ""
		from, start = regionStart, regionStart
		blocks, removed = textBlocks(lines, from, start, end, di, ai)
	}
	doc.Removed = append(outside(lines[:from]), removed...)
	doc.Removed = append(doc.Removed, outside(lines[end:])...)
	blocks, removed = clean.ApplyBlocks(blocks, doc.Title, clean.DefaultBlockRules)
	doc.Blocks = blocks
	doc.Removed = append(doc.Removed, removed...)
	var texts []string
	for _, b := range doc.Blocks {
		texts = append(texts, b.Plain)
	}
	doc.Lang = guessLang(texts)
	return doc, nil
}

// hasParagraph reports whether lines[from:to] hold a full paragraph.
func hasParagraph(lines []textLine, from, to int) bool {
	for i := from; i < to; i++ {
		if lines[i].strong {
			return true
		}
	}
	return false
}

// stripSiteSuffix removes a site's name set after the headline with a bar:
// "Was wir wollen | Beispiel.net" → "Was wir wollen".
func stripSiteSuffix(t string) string {
	i := strings.LastIndex(t, " | ")
	if i < 0 {
		return t
	}
	head, tail := t[:i], t[i+3:]
	if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
		return head
	}
	return t
}

// outside records the lines outside the article, under the name of the
// rule that marks them as chrome or as "outside-article".
func outside(lines []textLine) []clean.Removal {
	var out []clean.Removal
	for _, l := range lines {
		rule := l.rule
		if rule == "" {
			rule = "outside-article"
		}
		out = append(out, clean.Removal{Rule: rule, Text: l.text})
	}
	return out
}

// readLines splits a dump into its non-empty lines and describes each.
func readLines(s string) []textLine {
	lines, _ := readLinesContext(context.Background(), s)
	return lines
}

// readLinesContext is readLines that looks at ctx every checkEvery lines
// and returns why it ended, if it did.
func readLinesContext(ctx context.Context, s string) ([]textLine, error) {
	var lines []textLine
	blank := true
	for n, raw := range rawLines(s) {
		if n%checkEvery == checkEvery-1 {
			if err := stopped(ctx); err != nil {
				return nil, err
			}
		}
		if r := stripEditMarks(raw); r != raw {
			if strings.TrimSpace(r) == "" {
				continue // only an empty mark: no line, and no gap either
			}
			raw = r
		}
		t, bullet, ordered := stripMarker(raw)
		indented := !bullet && strings.HasPrefix(raw, "    ")
		inset := !bullet && raw != "" && strings.TrimLeftFunc(raw, unicode.IsSpace) != raw
		cells := tableCells(t)
		t = foldSpaces(t)
		if t == "" {
			blank = true
			if len(lines) > 0 {
				lines[len(lines)-1].blankAfter = true
			}
			continue
		}
		l := textLine{text: t, bullet: bullet, marker: bullet && !ordered, ordered: ordered, runes: utf8.RuneCountInString(t), fold: clean.Fold(t), blankBefore: blank, cells: cells, setIn: raw != strings.TrimLeftFunc(raw, unicode.IsSpace)}
		blank = false
		ws := lineWords(t)
		l.words = len(ws)
		for _, w := range ws {
			if stopLangs[w] != nil {
				l.stops++
			}
		}
		if r, ok := clean.FirstMatch(t, clean.DefaultTextRules); ok {
			l.rule = r.Name
		}
		l.date = l.runes <= 120 && isDateLine(t)
		l.dates = !l.date && gluedDates(t)
		if ideo := ideographs(t); ideo*2 > l.runes {
			// Chinese and Japanese write no spaces between words: judge
			// the line by its length and its punctuation, and weigh each
			// character as a short word.
			l.prose = l.rule == "" && !l.date && l.runes >= 20 && strings.ContainsAny(t, "，。、；！？")
			l.strong = l.prose && (l.runes >= 60 || strings.ContainsAny(t, "。！？"))
			l.runes *= 3
			l.value = lineValue(l)
			lines = append(lines, l)
			continue
		}
		if unlistedScript(t) {
			// A script whose short words pare does not know (Bengali,
			// Hindi, Arabic, Greek, Thai…): judge the line by its words,
			// its length and its punctuation.
			l.prose = l.rule == "" && !l.date && l.words >= 6
			l.strong = l.prose && (l.runes >= 150 || l.runes >= 60 && strings.ContainsAny(t, ".!?।؟"))
			l.value = lineValue(l)
			lines = append(lines, l)
			continue
		}
		l.quantity = l.rule == "" && isQuantity(t)
		// An ingredient without an amount ("Salz", "Frischhaltefolie"),
		// set in under amounts as a table's empty first cell leaves it.
		if !l.quantity && inset && l.rule == "" && l.words <= 3 && len(lines) > 0 && lines[len(lines)-1].quantity && !l.blankBefore {
			l.quantity = true
		}
		l.code = l.rule == "" && isCode(t)
		// A line in capitals only is a menu run together or a row of
		// section names, not running text.
		l.prose = l.rule == "" && !l.date && l.words >= 6 && l.stops*10 >= l.words && strings.ToUpper(t) != t
		l.strong = l.prose && (l.runes >= 150 || endsSentence(t) && (l.runes >= 80 || strings.Contains(t, ". ") || strings.Contains(t, ", ")))
		// A text browser indents the items of a list without markers and
		// the entries of a definition list (an indented line of code is
		// code).
		if indented && !l.code {
			l.bullet, l.indent = true, true
		}
		if !bullet {
			l.margin = len(raw) - len(strings.TrimLeft(raw, " "))
		}
		l.value = lineValue(l)
		lines = append(lines, l)
	}
	// A comment line ("# send the data", "// retry") between lines of code
	// is code too.
	for i := range lines {
		l := &lines[i]
		if l.rule != "" || l.code || !(strings.HasPrefix(l.text, "# ") || strings.HasPrefix(l.text, "#") && len(l.text) > 1 && l.text[1] != '#' || strings.HasPrefix(l.text, "// ")) {
			continue
		}
		if i > 0 && lines[i-1].code || i+1 < len(lines) && lines[i+1].code {
			l.code = true
			l.value = lineValue(*l)
		}
	}
	// A short line that the page shows more than once (a menu entry, a
	// teaser's headline) is chrome.
	seen := map[string]int{}
	for _, l := range lines {
		seen[l.fold]++
	}
	for i := range lines {
		lines[i].shown = seen[lines[i].fold]
		if l := &lines[i]; !l.strong && seen[l.fold] > 1 && !embedCredit(l.text) {
			l.repeat = true
			l.value = min(l.value, -20)
		}
	}
	// A short line of text counts for the article only next to running
	// text, as a standfirst or a heading does; a run of them is a list of
	// headlines.
	for i := range lines {
		l := &lines[i]
		if !l.prose || l.strong || l.repeat {
			continue
		}
		if !(i > 0 && lines[i-1].strong || i+1 < len(lines) && lines[i+1].strong) {
			l.value = -8
		}
	}
	return lines, nil
}

// tableCells splits a line of a browser's dump at its tabs, which stand
// between the cells of a table row, and returns the cells when there are two
// or more with text.
func tableCells(s string) []string {
	if !strings.Contains(s, "\t") {
		return nil
	}
	var cells []string
	for c := range strings.SplitSeq(s, "\t") {
		if c = foldSpaces(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// units are the measures an ingredient or a quantity is given in.
var units = clean.WordSet(`g gr gramm kg mg ml cl dl l liter litre el tl msp prise prisen stück stk pck päckchen packung
	dose dosen becher bund zehe zehen scheibe scheiben tasse tassen glas
	cup cups tbsp tsp tablespoon tablespoons teaspoon teaspoons oz ounce ounces lb lbs pound pounds pinch
	clove cloves can cans slice slices
	cucharada cucharadas cucharadita cucharaditas taza tazas pizca diente dientes
	cuillère cuillères c càs càc pincée gousse gousses verre
	łyżka łyżki łyżeczka łyżeczki szklanka szklanki szczypta ząbek dag
	cucchiaio cucchiai cucchiaino pizzico spicchio eetlepel theelepel snufje`)

// isQuantity reports whether a line gives an amount of something, as the
// lines of a recipe's ingredients do: "200 g Mehl", "2 cups flour", "½ TL Salz".
func isQuantity(s string) bool {
	if len(s) > 120 {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	if !(r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) {
		return false
	}
	u := strings.ToLower(strings.TrimRight(f[1], ".,"))
	return units[u] || len(f[0]) > 1 && units[strings.ToLower(strings.TrimLeft(f[0], "0123456789.,/½¼¾-"))]
}

// isCode reports whether a line reads as program code: it carries the
// punctuation of code ("();", "{", " = ", "=>") or opens with a keyword, and
// does not end like a sentence.
func isCode(s string) bool {
	if len(s) > 200 {
		return false
	}
	for _, k := range []string{"import ", "def ", "return ", "func ", "var ", "const ", "let ", "class ", "#include",
		"$ ", "sudo ", "export ", "pip ", "pip3 ", "npm ", "git ", "poetry ", "docker ", "kubectl ", "apt ", "apt-get ",
		"brew ", "yarn ", "cargo ", "curl ", "wget ", "mkdir ", "chmod ", "cd ", "python3 ", "./",
		"RUN ", "FROM ", "CMD ", "COPY ", "ENV ", "WORKDIR ", "ENTRYPOINT "} {
		if strings.HasPrefix(s, k) {
			return true
		}
	}
	if endsSentence(s) && !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, ":") {
		return false
	}
	marks := 0
	for _, m := range []string{"();", "()", "{", "}", " = ", "==", "=>", "->", "::", "[]", "+=", "!=", "&&", "||", "=$"} {
		if strings.Contains(s, m) {
			marks++
		}
	}
	// A command with its options: "server --port=8080".
	f := strings.Fields(s)
	if len(f) <= 8 {
		for _, w := range f[1:] {
			if strings.HasPrefix(w, "--") && len(w) > 2 {
				marks++
				break
			}
		}
	}
	if methodCall(s) {
		marks++
	}
	return marks >= 2 || marks == 1 && (strings.HasSuffix(s, ";") || strings.HasSuffix(s, "{") || strings.HasSuffix(s, ")") || len(f) <= 8)
}

// methodCall reports whether s calls a function whose name holds a dot or
// an underscore, as code does ("client.send(", "read_file("); prose
// does not write names so.
func methodCall(s string) bool {
	for i := strings.IndexByte(s, '('); i > 0; {
		j := i
		for j > 0 && (isIdent(s[j-1]) || s[j-1] == '.') {
			j--
		}
		if name := s[j:i]; len(name) > 2 && strings.ContainsAny(name, "._") && isIdent(name[0]) {
			return true
		}
		k := strings.IndexByte(s[i+1:], '(')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// isIdent reports whether c may be part of a name in code.
func isIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// ideographs counts the Chinese, Japanese and Korean characters of s.
func ideographs(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) {
			n++
		}
	}
	return n
}

// unlistedScript reports whether most letters of s belong to a script
// other than Latin and Cyrillic, whose languages' short words pare knows
// (Chinese and Japanese are told by ideographs).
func unlistedScript(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r) {
			other++
		}
	}
	return other*2 > letters
}

// stripMarker removes a list marker (•, *, -, □, 1.) from the start of a
// line and says whether there was one and whether it was a number.
func stripMarker(s string) (string, bool, bool) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	for _, m := range []string{"• ", "◦ ", "□ ", "■ ", "▪ ", "◆ ", "○ ", "● ", "☆ ", "★ ", "► ", "▶ "} {
		if strings.HasPrefix(t, m) {
			return t[len(m):], true, false
		}
	}
	// Hyphens, stars and dots are list markers only when indented, as text
	// browsers set them; at the margin they are the text's own.
	for _, m := range []string{"* ", "- ", "+ ", "– ", "· "} {
		if strings.HasPrefix(t, m) && s != t {
			return t[len(m):], true, false
		}
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' && s != t {
		// Only an indented number is a list marker; "2. Bundesliga" at
		// the margin is text.
		return t[i+2:], true, true
	}
	return t, false, false
}

// isDateLine reports whether a line is a date, with perhaps a time and a
// few words, such as a dateline under a headline.
func isDateLine(s string) bool {
	_, ok := parseTextDate(s)
	return ok
}

// lineDate reads the date of a date line, or the first date of a line
// that holds one among other words.
func lineDate(s string) (Date, bool) {
	if d, ok := parseTextDate(s); ok {
		return d, true
	}
	d, _, _, ok := findTextDate(s)
	return d, ok
}

// lineValue is what a line adds to the article region it lies in: running
// text counts for it by its length, everything else against it.
func lineValue(l textLine) float64 {
	switch {
	case l.rule == clean.CaptionCredit.Name || l.rule == clean.ZoomCaption.Name:
		return 0 // a picture's caption stands among the article's paragraphs
	case l.rule != "":
		return -40
	case l.strong:
		v := float64(l.runes)
		if l.bullet {
			v *= 0.7
		}
		return v
	case l.prose:
		return 0.2*float64(l.runes) - 5
	case l.quantity:
		return 2 // a recipe's ingredients are part of it
	case l.code:
		return 0 // a line of code neither makes nor breaks an article
	}
	return -(7 + 0.07*float64(min(l.runes, 400)))
}

// findRegion returns the span [start, end) of lines that holds the
// article, or -1, -1 when no line reads as running text.
func findRegion(lines []textLine) (int, int) {
	best, bestStart, bestEnd := bestSpan(lines, 0, len(lines))
	if bestStart < 0 {
		return -1, -1
	}
	// A page's article ends at its first comment section or block of
	// related links: a larger block of text after it (an author's box, a
	// feed of other posts) is not the article when one stands before it.
	if e := firstEnd(lines, bestStart); e >= 0 {
		// The block before must hold a paragraph or two, and a quarter of
		// the larger one's weight.
		if b, s, t := bestSpan(lines, 0, e); s >= 0 && b >= 150 && b*4 >= best {
			bestStart, bestEnd = s, t
		}
	}
	// The region's first line must not be a negative one.
	for bestStart < bestEnd && lines[bestStart].value <= 0 {
		bestStart++
	}
	bestStart = extendIngredients(lines, bestStart)
	// Cut at a comment section or a block of related links once some of the
	// article has been seen.
	mass := 0.0
	for i := bestStart; i < bestEnd; i++ {
		if mass >= 250 {
			// An "About us" in a menu's list heads no box about the author.
			if r, ok := clean.FirstMatch(lines[i].text, clean.EndRules); ok && !(r.Name == clean.AboutHeading.Name && lines[i].bullet) && (r.Name == clean.CommentsHeading.Name && !articleGoesOn(lines, i+1, bestEnd) || r.Name != clean.CommentsHeading.Name && !textResumes(lines, i+1, bestEnd)) {
				bestEnd = i
				break
			}
		}
		if lines[i].value > 0 {
			mass += lines[i].value
		}
	}
	bestEnd = trimTail(lines, bestStart, bestEnd)
	bestEnd = trimTeasers(lines, bestStart, bestEnd)
	bestEnd = trimDatedTeasers(lines, bestStart, bestEnd)
	return bestStart, extendSignoff(lines, extendData(lines, extendList(lines, bestEnd)))
}

// extendSignoff takes in the author's farewell right under the article:
// "Liebe Grüße, Anna", "Euer Tom", "x Franzi", "XX, Das Team", and the
// credit of a post quoted at its end (embedCredit).
func extendSignoff(lines []textLine, end int) int {
	for k := 0; k < 2 && end < len(lines); k++ {
		l := lines[end]
		if l.rule != "" || !clean.IsSignoff(l.text) && !embedCredit(l.text) {
			break
		}
		end++
	}
	return end
}

// extendData takes in the facts listed under the article: three or more
// lines giving a value under a label ("Farbe: grün", "Verbrauch: 1"),
// perhaps under a line or two that announce them ("Testzeugnis:").
// Their lines are short, so the region stopped above them.
func extendData(lines []textLine, end int) int {
	i := end
	for k := 0; k < 3 && i < len(lines) && lines[i].rule == "" && !lines[i].repeat && !dataLine(lines[i]) && (announcesList(lines[i].text) || lines[i].prose); k++ {
		i++
	}
	j := i
	for j < len(lines) && lines[j].rule == "" && !lines[j].repeat && dataLine(lines[j]) {
		j++
	}
	if j-i < 3 {
		return end
	}
	for k := i; k < j; k++ {
		lines[k].bullet = true // written as a list
	}
	return j
}

// dataLine reports whether a short line gives a value under a label of a
// few words: "Farbe: grün", "Komfort Heizung: 2".
func dataLine(l textLine) bool {
	if l.strong || l.runes > 80 {
		return false
	}
	label, value, ok := strings.Cut(l.text, ": ")
	if !ok {
		label, value, ok = strings.Cut(l.text, " : ")
	}
	return ok && label != "" && len(strings.Fields(label)) <= 4 && strings.TrimSpace(value) != ""
}

// extendIngredients takes in the list of ingredients above a recipe's
// steps: within the lines above the region, up to the first line a rule
// knows, four or more lines that give an amount ("200 g Mehl", "2 Eier"),
// as a good share of those lines. The region starts at the first of them.
func extendIngredients(lines []textLine, start int) int {
	top, n, scanned := -1, 0, 0
	for k := start - 1; k >= 0 && k >= start-ingredientReach; k-- {
		l := lines[k]
		if l.rule != "" || l.strong {
			break
		}
		scanned++
		if l.quantity || startsWithAmount(l.text) && l.runes <= 80 {
			n++
			top = k
		}
	}
	if n < 4 || n*3 < start-top {
		return start
	}
	// A heading of the list ("Für den Teig:", "Zutaten für 12 Stück")
	// comes with it.
	for k := 0; k < 2 && top > 0; k++ {
		h := lines[top-1]
		if h.rule != "" || h.runes > 60 || !strings.HasSuffix(h.text, ":") && !hasDigit(h.text) {
			break
		}
		top--
	}
	return top
}

// ingredientReach is how far above the region a list of ingredients is
// looked for.
const ingredientReach = 40

// startsWithAmount reports whether a line opens with a number or a
// fraction and a word: "2 Eier", "½ Zitrone".
func startsWithAmount(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return (r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) && strings.Contains(s, " ")
}

// markUnmarkedLists marks as list items, inside the article, the short
// lines set close together under a line ending with a colon: a list whose
// markers the dump lost, as a browser's innerText does. Two items at least.
func markUnmarkedLists(lines []textLine, start, end int) {
	for i := start; i < end-2; i++ {
		if lines[i].bullet || lines[i].rule != "" || !announcesList(lines[i].text) {
			continue
		}
		j := i + 1
		for j < end && (j == i+1 || !lines[j].blankBefore) && !lines[j].bullet && !lines[j].strong && lines[j].rule == "" && !lines[j].repeat && !lines[j].code && lines[j].runes <= 200 && !strings.HasSuffix(lines[j].text, ":") {
			j++
		}
		if j-i-1 < 2 || !keepList(lines[i+1:j], false) {
			continue
		}
		for k := i + 1; k < j; k++ {
			lines[k].bullet = true
		}
		i = j - 1
	}
}

// announcesList reports whether a line announces a list under it: it ends
// with a colon, or breaks off with an ellipsis ("Menschen, die ...").
func announcesList(s string) bool {
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// extendList takes in a list that closes the article: list items of
// running words right under the region, perhaps under a line that
// announces them ("Das brauchen Sie:"). Their lines are short, so the
// region stopped above them; a menu's items (a few words, no stop words)
// are not taken.
func extendList(lines []textLine, end int) int {
	i := end
	if i < len(lines) && !lines[i].bullet && lines[i].rule == "" && !lines[i].repeat && announcesList(lines[i].text) {
		i++
	}
	j := i
	for j < len(lines) && lines[j].bullet && lines[j].rule == "" && !lines[j].repeat {
		j++
	}
	if j == i && i > 0 && announcesList(lines[i-1].text) {
		// A browser's dump keeps no list markers: the items are the short
		// lines set close under the colon, up to an empty line.
		for j < len(lines) && (j == i || !lines[j].blankBefore) && !lines[j].strong && lines[j].rule == "" && !lines[j].repeat && !lines[j].code && lines[j].runes <= 200 {
			j++
		}
		if j-i >= 2 && keepList(lines[i:j], false) {
			for k := i; k < j; k++ {
				lines[k].bullet = true
			}
		}
	}
	if j-i < 2 || !keepList(lines[i:j], false) {
		return end
	}
	return j
}

// trimTeasers cuts a run of teasers at the region's end: three or more
// headlines each followed by a single short paragraph (perhaps under a
// kicker or a date), as a block of
// related articles shows them (headline and standfirst), with no longer
// text between them. An article's own sections run longer.
func trimTeasers(lines []textLine, start, end int) int {
	i := end
	pairs, cut, text := 0, end, 0
	for i-2 >= start {
		t, h := lines[i-1], lines[i-2]
		if !(t.prose || t.strong) || t.runes > 320 || !teaserHead(h) {
			break
		}
		pairs++
		text += t.runes
		i -= 2
		// A kicker or a date above the headline belongs to the teaser.
		if i-1 > start {
			if k := lines[i-1]; !k.prose && !k.strong && (k.words <= 3 || k.date) {
				i--
			}
		}
		cut = i
	}
	if pairs < 3 {
		return end
	}
	before := 0
	for k := start; k < cut; k++ {
		if lines[k].strong {
			before += lines[k].runes
		}
	}
	if before < 2*text {
		return end
	}
	return cut
}

// teaserHead reports whether a line reads as a teaser's headline: short,
// not a sentence, not chrome, and no numbered label of the article's own
// sections or ratings ("Stufe 2", "Step 3", "Anna's rating 8/10").
func teaserHead(l textLine) bool {
	return !l.strong && l.rule == "" && !l.date && l.words >= 2 && l.runes <= 120 &&
		(!endsSentence(l.text) || strings.HasSuffix(l.text, "?")) && !numberedLabel(l)
}

// numberedLabel reports whether a line is a label of a few words ending in
// a figure: "Stufe 2", "Round 3", "Our rating 8/10".
func numberedLabel(l textLine) bool {
	if l.words > 3 || l.text == "" {
		return false
	}
	c := l.text[len(l.text)-1]
	return c >= '0' && c <= '9'
}

// bestSpan returns the stretch of lines[from:to] with the highest sum of
// values, as its sum, start and end, or a start of -1 when none is positive.
func bestSpan(lines []textLine, from, to int) (float64, int, int) {
	best, bestStart, bestEnd := 0.0, -1, -1
	sum, s := 0.0, from
	for i := from; i < to; i++ {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += lines[i].value
		if sum > best {
			best, bestStart, bestEnd = sum, s, i+1
		}
	}
	return best, bestStart, bestEnd
}

// firstEnd returns the first line above line before that heads a comment
// section or a block of related links, or -1.
func firstEnd(lines []textLine, before int) int {
	for i := 0; i < before; i++ {
		if r := lines[i].rule; (r == clean.CommentsHeading.Name || r == clean.RelatedHeading.Name) && !lines[i].bullet && !(lines[i].repeat && shownOften(lines, i)) {
			return i
		}
	}
	return -1
}

// shownOften reports whether the page shows line i three times or more, as
// a prompt under every post is ("Add a comment"); a heading shown twice
// (a link to the comments, then their heading) is not.
func shownOften(lines []textLine, i int) bool {
	return lines[i].shown >= 3
}

// trimTail cuts the region's last stretch of text when chrome (a line that
// a rule knows among two or more short lines, or four short lines) separates
// it from the rest: a
// promotion, a biography or a teaser set under the share bar or the tags is
// not the article. The stretch must be small, a fifth of the text or less.
func trimTail(lines []textLine, start, end int) int {
	removed := 0 // the text cut so far: the tails together must stay small
	for {
		last := -1
		for i := end - 1; i > start; i-- {
			if lines[i].strong {
				last = i
				break
			}
		}
		if last < 0 {
			return end
		}
		// Walk back over the tail's text to the gap above it.
		i := last
		tail := 0
		for i > start && (lines[i].strong || lines[i].prose) {
			tail += lines[i].runes
			i--
		}
		gapEnd := i
		rules, gap, data, figure, images, credits := 0, 0, 0, 0, 0, 0
		for i > start && !lines[i].strong {
			if lines[i].rule != "" {
				rules++
			}
			if figureLine(lines[i]) {
				figure++
			}
			switch lines[i].rule {
			case clean.ImageLabel.Name:
				images++
			case clean.Copyright.Name:
				credits++ // a picture's credit ("© Agency / Name") under it
			}
			if l := lines[i]; l.rule == "" && (dataLine(l) || l.code || len(l.cells) > 1 || l.prose && (l.bullet || strings.HasSuffix(l.text, "?")) && !l.repeat) {
				data++ // a fact, or a list item or question of the article's
			}
			gap++
			i--
		}
		if images > 0 {
			figure += credits
		}
		if data*2 >= gap || figure == gap || listUnder(lines, gapEnd+1-gap, gapEnd+1) {
			return end // the article's facts or text, not chrome
		}
		if i <= start || (rules < 1 || gap < 2) && gap < 4 {
			return end
		}
		before := 0
		for k := start; k <= i; k++ {
			if lines[k].strong {
				before += lines[k].runes
			}
		}
		if (removed+tail)*4 > before {
			return end
		}
		removed += tail
		end = gapEnd + 1 - gap
	}
}

// figureLine reports whether a line is part of a picture set in the
// text: its label in brackets, its caption or its credit. A picture
// between two paragraphs is the article's own, not chrome that parts
// the article from what follows.
func figureLine(l textLine) bool {
	switch l.rule {
	case clean.ImageLabel.Name, clean.PhotoCredit.Name, clean.FigureCaption.Name:
		return true
	}
	return false
}

// listUnder reports whether lines[from:to] are the items of a list that
// the line above them (or the first of them) announces ("Dazu gehört:"):
// set close together, none a rule's chrome, most of them text.
func listUnder(lines []textLine, from, to int) bool {
	switch {
	case from < to && announcesList(lines[from].text):
		from++ // the announcing line opens the gap
	case from == 0 || !announcesList(lines[from-1].text):
		return false
	}
	if to-from < 2 {
		return false
	}
	texty := 0
	for k := from; k < to; k++ {
		if lines[k].rule != "" || lines[k].repeat || k > from && lines[k].blankBefore {
			return false
		}
		if lines[k].prose || lines[k].stops > 0 {
			texty++
		}
	}
	return texty*2 >= to-from
}

// textResumes reports whether the article goes on after a box of links set
// inside it: two paragraphs (300 characters together) follow within a few
// lines, or one long
// paragraph (600 characters) right under a short box.
func textResumes(lines []textLine, from, end int) bool {
	n, runs := 0, 0
	for i := from; i < min(end, from+20); i++ {
		if lines[i].strong && lines[i].runes >= 600 && i < from+6 {
			return true // one long paragraph right after a short box of links
		}
		if lines[i].strong && lines[i].runes >= 120 {
			n += lines[i].runes
			runs++
		} else if runs >= 2 {
			break
		} else {
			n, runs = 0, 0
		}
	}
	return runs >= 2 && n >= 300
}

// articleGoesOn reports whether the article plainly goes on after a line
// that reads as the heading of a comment section: within a few lines
// starts a stretch where most lines are long paragraphs, with no reader's
// name or date between them. A heading such as "Commentary" over an
// analysis, or a comment count in a share bar, does not end the article.
func articleGoesOn(lines []textLine, from, end int) bool {
	i := from
	for i < min(end, from+3) && !lines[i].strong {
		i++
	}
	strong, runes := 0, 0
	for k := i; k < min(end, i+6); k++ {
		if lines[k].date || lines[k].rule != "" {
			return false
		}
		if lines[k].strong {
			strong++
			runes += lines[k].runes
		}
	}
	return strong >= 4 && runes >= 1500
}

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“”«»)]’", r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

// foldSpaces trims white space at both ends of a line and folds runs of
// ASCII blanks inside it into one space. Other spaces inside the line, such
// as no-break spaces, are the text's own and stay.
func foldSpaces(s string) string {
	s = strings.TrimFunc(s, unicode.IsSpace)
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
