package textdump

import (
	"context"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/extract/internal/stop"
	"github.com/pare-dev/pare/internal/lang"
)

// textLine is one non-empty line of a dump, in two parts that readLines
// fills: its form (what the line is: its text and layout, measured once)
// and its reading (what the path makes of it: list item, running text,
// chrome, date line, and its value for the article). After readLines, a
// line is changed in place only by extendData, markUnmarkedLists and
// extendList, which make lines list items (region.go), and by FromText,
// which clears date on the headline's line (textdump.go); steps that weigh
// a variant of a line, such as the headline without its marks, change a
// copy.
type textLine struct {
	lineForm
	lineReading
}

// lineForm is what a line of a dump is.
// Its flags stand together, and so do those of lineReading, so that a
// line takes no more bytes than its fields need: a dump's lines are all
// held at once.
type lineForm struct {
	text        string   // the line, white space folded, list marker removed
	fold        string   // the text folded for comparisons (lang.Fold)
	cells       []string // the cells of a table row, as a browser's dump separates them with tabs
	runes       int      // its length in characters, times three in a line mostly of ideographs
	words       int
	stops       int    // stop words among its words
	langsLo     uint64 // its stop words by language (stopLanes.lo; lang.AddStopCounts of text), when stops <= 255
	margin      int32  // the spaces it is set in by, when it carries no marker (at most math.MaxInt32)
	langsHi     uint32 // stopLanes.hi of its stop words, beside margin in one word
	marker      bool   // it carried a list marker other than a number
	ordered     bool   // the marker was a number
	setIn       bool   // it was indented, as a text browser sets in a list's items
	blankBefore bool   // an empty line stands above it
	blankAfter  bool   // an empty line stands below it
}

// lineReading is what the path reads in a line of a dump.
type lineReading struct {
	rule     string  // the name of the text rule that marks it as chrome, or ""
	shown    int     // how many times the page shows this line
	value    float64 // what it counts for the article (lineValue): above 0 for, below against
	bullet   bool    // it carried a list marker, or is indented as a list item is
	indent   bool    // it is a list item only by its indentation
	prose    bool    // it reads as a sentence
	strong   bool    // running text beyond doubt: prose with sentence punctuation or long
	repeat   bool    // the page shows the same short line elsewhere
	quantity bool    // an amount and what of: "200 g Mehl", "2 cups flour"
	code     bool    // it reads as a line of program code
	date     bool    // it is a date line
	dates    bool    // it opens with a post's dates run together (gluedDates)
	end      uint8   // which of endRules marks it (its index plus one), or 0 (endRule)
	clear    bool    // no text rule matches it (rule may be cleared later: ownteaser.go)
}

// readLines splits a dump into its non-empty lines and describes each.
func readLines(s string) []textLine {
	lines, _ := readLinesContext(context.Background(), s)
	return lines
}

// tableCells splits a line of a browser's dump at its tabs, which stand
// between the cells of a table row, and returns the cells when there are two
// or more with text.
func tableCells(s string) []string {
	if !strings.Contains(s, "\t") {
		return nil
	}
	cells := make([]string, 0, strings.Count(s, "\t")+1) // room for every cell: one allocation
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
var units = lang.WordSet(`g gr gramm kg mg ml cl dl l liter litre el tl msp prise prisen stück stk pck päckchen packung
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
	// The amount first: the first field's first character is the
	// line's first after white space; most lines start with an ASCII
	// character that is neither.
	if s != "" && s[0] < utf8.RuneSelf && !asciiSpace(s[0]) && (s[0] < '0' || s[0] > '9') {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace)); !(r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) {
		return false
	}
	var first [2]string
	f := lang.FieldsInto(first[:0], s)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	if !(r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) {
		return false
	}
	u := lang.ToLower(strings.TrimRight(f[1], ".,"))
	return units[u] || len(f[0]) > 1 && units[lang.ToLower(strings.TrimLeft(f[0], "0123456789.,/½¼¾-"))]
}

// stripMarker removes a list marker (•, *, -, □, 1.) from the start of a
// line and says whether there was one and whether it was a number.
func stripMarker(s string) (string, bool, bool) {
	t := trimLeftSpace(s)
	if t != "" && t[0] < utf8.RuneSelf && !markerStart[t[0]] {
		return t, false, false // no marker starts with this ASCII character
	}
	if t != "" && t[0] == 0xE2 { // the first byte of all these bullets
		for _, m := range []string{"• ", "◦ ", "□ ", "■ ", "▪ ", "◆ ", "○ ", "● ", "☆ ", "★ ", "► ", "▶ "} {
			if strings.HasPrefix(t, m) {
				return t[len(m):], true, false
			}
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

// markerStart holds the ASCII characters a list marker of stripMarker can
// start with: a star, a hyphen, a plus or a digit (the others start
// outside ASCII).
var markerStart = func() (t [utf8.RuneSelf]bool) {
	for _, c := range "*-+0123456789" {
		t[c] = true
	}
	return t
}()

// isDateLine reports whether a line is a date, with perhaps a time and a
// few words, such as a dateline under a headline.
func isDateLine(s string) bool {
	_, ok := dates.ParseTextDate(s)
	return ok
}

// isDateLineYear is isDateLine of s whose first run of four digits or
// more starts at y (dates.YearRun(s)).
func isDateLineYear(s string, y int) bool {
	_, ok := dates.ParseTextDateYear(s, y)
	return ok
}

// lineDate reads the date of a date line, or the first date of a line
// that holds one among other words.
func lineDate(s string) (article.Date, bool) {
	if d, ok := dates.ParseTextDate(s); ok {
		return d, true
	}
	d, _, _, ok := dates.FindTextDate(s)
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

// leadingSpace reports whether s starts with white space: raw !=
// strings.TrimLeftFunc(raw, unicode.IsSpace), which walks the whole indent
// of a line set in.
func leadingSpace(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		return asciiSpace(c)
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// trimLeftSpace is strings.TrimLeftFunc(s, unicode.IsSpace): a text
// browser sets lines in by spaces, which are skipped byte by byte; only
// a line whose indent meets a character outside ASCII has it read with
// unicode.IsSpace from there.
func trimLeftSpace(s string) string {
	i := 0
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	if i < len(s) && s[i] >= utf8.RuneSelf {
		return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
	}
	return s[i:]
}

// trimSpace is strings.TrimFunc(s, unicode.IsSpace), answering at once
// for a text that starts and ends with an ASCII character other than
// white space.
func trimSpace(s string) string {
	if n := len(s); n > 0 && s[0] < utf8.RuneSelf && !asciiSpace(s[0]) && s[n-1] < utf8.RuneSelf && !asciiSpace(s[n-1]) {
		return s
	}
	return strings.TrimFunc(s, unicode.IsSpace)
}

// asciiBlank reports whether s is empty or holds only white space of
// ASCII.
func asciiBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if !asciiSpace(s[i]) {
			return false
		}
	}
	return true
}

// asciiSpace reports whether c is white space to unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// linePool keeps the line slices of pages read (putLines) for the pages
// to come: a page's lines, 152 bytes each, were a slice made and zeroed
// for each page. Scratch, safe for concurrent use.
var linePool = sync.Pool{New: func() any { return new([]textLine) }}

// maxPooledLines is the most lines a slice may hold to go back to the
// pool: a dump with more makes its own, not kept.
const maxPooledLines = 4096

// newLines returns an empty slice with room for n lines, from the pool
// when it holds one big enough. The lines past its length may hold an
// earlier page's: readLinesMemo appends each line whole and reads none
// it has not appended.
func newLines(n int) []textLine {
	p := linePool.Get().(*[]textLine)
	if cap(*p) >= n {
		lines := (*p)[:0]
		*p = nil
		linePool.Put(p)
		return lines
	}
	linePool.Put(p)
	return make([]textLine, 0, n)
}

// putLines gives the lines of a page back to the pool once nothing reads
// them any longer (FromTextContext's end).
func putLines(lines []textLine) {
	if cap(lines) == 0 || cap(lines) > maxPooledLines {
		return
	}
	p := linePool.Get().(*[]textLine)
	if cap(lines) > cap(*p) {
		*p = lines[:0]
	}
	linePool.Put(p)
}

// readLinesContext is readLines that looks at ctx every stop.CheckEvery lines
// and returns why it ended, if it did.
func readLinesContext(ctx context.Context, s string) ([]textLine, error) {
	return readLinesMemo(ctx, s, true)
}

// readLinesMemo is readLinesContext that reads each text once (memo) or
// every line's text anew (TestReadLinesMemo holds one to the other).
func readLinesMemo(ctx context.Context, s string, memo bool) ([]textLine, error) {
	raws := rawLines(s)
	// At most one line for each raw line that is not white space only
	// (foldSpaces leaves nothing of the others): no copies as it grows,
	// and no room for the blank lines that part a dump's paragraphs (n
	// is a bound: a line of white space outside ASCII counts too). The
	// lines' lower-cased forms take about as many bytes as their text.
	n, size := 0, 0
	for _, raw := range raws {
		if !asciiBlank(raw) {
			n++
			size += len(raw)
		}
	}
	lines := newLines(n)
	blank := true
	var ln clean.Line // one for all lines: the rules take its address, which would put a new one on the heap each line
	// Every line is lower-cased (the rules and the fold read it): into
	// buffers of the page's size, not one allocation a line.
	var lower lang.Lowerer
	lower.Size(size)
	var seen textTable
	if memo {
		seen = newTextTable(n)
	}
	for n, raw := range raws {
		if n%stop.CheckEvery == stop.CheckEvery-1 {
			if err := stop.Stopped(ctx); err != nil {
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
		setIn := leadingSpace(raw)
		inset := !bullet && setIn
		// A table row's cells stand apart by tabs inside the trimmed
		// line, which holds a blank run then (FuzzTableCellsBlank): most
		// lines need no look for a tab.
		tt := trimSpace(t)
		blanks := lang.BlankRun(tt)
		var cells []string
		if blanks {
			cells = tableCells(t)
		}
		t = foldTrimmed(tt, blanks)
		if t == "" {
			blank = true
			if len(lines) > 0 {
				lines[len(lines)-1].blankAfter = true
			}
			continue
		}
		l := textLine{
			lineForm:    lineForm{text: t, marker: bullet && !ordered, ordered: ordered, blankBefore: blank, cells: cells, setIn: setIn},
			lineReading: lineReading{bullet: bullet},
		}
		blank = false
		// What the text alone says is read once a page for each text: a
		// menu's entries stand again in the page's foot, a teaser's
		// headline in a list (a fifth of a browser's lines).
		var kind textKind
		if !memo {
			kind = l.readText(t, &ln, &lower)
		} else if slot := seen.find(lines, t); seen.slots[slot] != 0 {
			j := seen.slots[slot]
			kind = l.sameText(&lines[j>>2-1], textKind(j&3))
		} else {
			kind = l.readText(t, &ln, &lower)
			seen.slots[slot] = int32(len(lines)+1)<<2 | int32(kind)
		}
		if kind != textWords {
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
		// A text browser indents the items of a list without markers and
		// the entries of a definition list (an indented line of code is
		// code).
		if indented && !l.code {
			l.bullet, l.indent = true, true
		}
		if !bullet {
			l.margin = int32(min(len(raw)-len(strings.TrimLeft(raw, " ")), math.MaxInt32))
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
	keepOwnEllipses(lines)
	// A short line that the page shows more than once (a menu entry, a
	// teaser's headline) is chrome.
	countShown(lines)
	for i := range lines {
		if l := &lines[i]; !l.strong && l.shown > 1 && !embedCredit(l.text) {
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
