package textdump

import (
	"hash/maphash"
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// textKind is how the line reader judges a line's text: by its words,
// or, in a script that writes no spaces between words or whose short
// words pare does not know, by its length and punctuation.
type textKind uint8

const (
	textWords      textKind = iota // a script of stop words pare knows
	textIdeographs                 // mostly Chinese or Japanese characters
	textUnlisted                   // another script (Bengali, Hindi, Arabic, Greek, Thai…)
)

// readText sets what l's text t alone says: its length, fold, words and
// stop words, the text rule and end rule that mark it, whether it is a
// date line or opens with dates run together, and whether it reads as
// code, as text and as running text. ln and lower are the line reader's.
func (l *textLine) readText(t string, ln *clean.Line, lower *lang.Lowerer) textKind {
	// A line that is not ASCII is read once for its length, its scripts
	// and its white space; an ASCII line's length is its size.
	ascii := lang.IsASCII(t)
	var scripts lang.Scripts
	if ascii {
		scripts.Runes = len(t)
	} else {
		scripts = lang.ReadScripts(t)
	}
	*ln = clean.NewLineLower(t, lower.ToLower(t), scripts.Runes)
	l.runes = scripts.Runes
	l.fold = lineFold(ln, foldedCollapsed(t, scripts.Space))
	var langs stopLanes
	l.words, l.stops = countWordsLangs(ln.Lower(), ascii, &langs)
	l.langsLo, l.langsHi = langs.lo, langs.hi
	if r, ok := clean.FirstMatchLine(ln, textRules); ok {
		l.rule = r.Name
	} else {
		l.clear = true
	}
	l.end = endRule(ln)
	// Every date has a year of four digits or more, and dates run
	// together one of five: most lines have neither, and each line is
	// looked at for them once.
	if y := dates.YearRun(t); y >= 0 {
		l.date = l.runes <= 120 && isDateLineYear(t, y)
		l.dates = !l.date && gluedDatesYear(t, y)
	}
	if !ascii && scripts.Ideographs*2 > l.runes {
		// Chinese and Japanese write no spaces between words: judge
		// the line by its length and its punctuation, and weigh each
		// character as a short word.
		l.prose = l.rule == "" && !l.date && l.runes >= 20 && strings.ContainsAny(t, "，。、；！？")
		l.strong = l.prose && (l.runes >= 60 || strings.ContainsAny(t, "。！？"))
		l.runes *= 3
		return textIdeographs
	}
	if !ascii && scripts.Unlisted() {
		// A script whose short words pare does not know: judge the line
		// by its words, its length and its punctuation.
		l.prose = l.rule == "" && !l.date && l.words >= 6
		l.strong = l.prose && (l.runes >= 150 || l.runes >= 60 && strings.ContainsAny(t, ".!?।؟"))
		return textUnlisted
	}
	l.code = l.rule == "" && isCode(t)
	// A line in capitals only is a menu run together or a row of
	// section names, not running text.
	l.prose = l.rule == "" && !l.date && l.words >= 6 && l.stops*10 >= l.words && changesUpper(t)
	l.strong = l.prose && (l.runes >= 150 || endsSentence(t) && (l.runes >= 80 || strings.Contains(t, ". ") || strings.Contains(t, ", ")))
	return textWords
}

// sameText sets what readText sets from p, a line of the same text that
// readText read as kind, and returns kind.
func (l *textLine) sameText(p *textLine, kind textKind) textKind {
	l.runes, l.fold, l.words, l.stops = p.runes, p.fold, p.words, p.stops
	l.langsLo, l.langsHi = p.langsLo, p.langsHi
	l.rule, l.clear, l.end, l.date, l.dates = p.rule, p.clear, p.end, p.date, p.dates
	l.code, l.prose, l.strong = p.code, p.prose, p.strong
	return kind
}

// textTable finds the first line of a text among the lines read so far:
// each text is hashed once, into a table of the lines' indexes (a quarter
// to a half full), as countShown counts folds, in place of a map.
type textTable struct {
	slots []int32 // the index of a text's first line plus one, times 4, plus its textKind; or 0
	seed  maphash.Seed
}

// newTextTable makes the table for n lines at most.
func newTextTable(n int) textTable {
	size := 8
	for size < 2*n {
		size *= 2
	}
	return textTable{slots: make([]int32, size), seed: maphash.MakeSeed()}
}

// find returns the slot of text t: the slot of its first line among
// lines, or the empty slot where that line is to go.
func (tt *textTable) find(lines []textLine, t string) int {
	mask := len(tt.slots) - 1
	h := int(maphash.String(tt.seed, t)) & mask
	for {
		k := tt.slots[h]
		if k == 0 || lines[k>>2-1].text == t {
			return h
		}
		h = (h + 1) & mask
	}
}

// guessLang returns lang.GuessLang of the blocks' plain texts. A block
// whose text is a line's (a paragraph or a heading made of one line,
// found among the next lines after the last one found) adds the counts
// the line reader kept of that text; any other is read again.
func guessLang(blocks []article.Block, lines []textLine) string {
	var count [lang.NumStopLangs]int
	next := 0
	for _, b := range blocks {
		found := false
		for j := next; j < len(lines) && j < next+lookAhead; j++ {
			if l := &lines[j]; l.stops <= 255 && l.text == b.Plain {
				stopLanes{l.langsLo, l.langsHi}.addTo(&count)
				next, found = j+1, true
				break
			}
		}
		if !found {
			lang.AddStopCounts(b.Plain, &count)
		}
	}
	return lang.GuessCounts(&count)
}

// lookAhead bounds how many lines guessLang tries for a block's text.
const lookAhead = 64

// addTo adds the counts to count, by lang.StopLangCodes.
func (c stopLanes) addTo(count *[lang.NumStopLangs]int) {
	for k := range count {
		if k < 8 {
			count[k] += int(c.lo >> (8 * k) & 0xff)
		} else {
			count[k] += int(c.hi >> (8 * (k - 8)) & 0xff)
		}
	}
}
