package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// rawLines splits a dump into its lines and joins the lines of a sentence
// that the page broke in the middle (a <br> or a <pre> inside a paragraph
// leaves a text browser's dump, and a browser's innerText, with lines such
// as "the changes we made to the" / "old pier last winter."): a line runs
// on into the next when it is long, ends in a word without any
// punctuation, and the next line goes on in lower case or the line ends
// on a short word of the language ("the", "und", "de"). Lists, tables,
// verse and addresses keep their lines: their lines are short, end on
// punctuation or a full word, or go on in capitals or figures. Two lines
// are joined only when they end a sentence together.
func rawLines(s string) []string {
	var run []string // the lines joined into out's last entry
	// At most one entry a line: out never grows by copying itself.
	out := make([]string, 0, strings.Count(s, "\n")+1)
	flush := func() {
		// Two lines must end a sentence together: a headline over a
		// line of its categories ("in Politik, Wirtschaft") does not.
		if len(run) == 1 || len(run) == 2 && !endsSentence(strings.TrimSpace(run[1])) {
			out = append(out, run...)
		} else if len(run) > 1 {
			var joined strings.Builder // not +=: a long run would copy it over and over
			joined.WriteString(strings.TrimRightFunc(run[0], unicode.IsSpace))
			for _, l := range run[1:] {
				joined.WriteString(" ")
				joined.WriteString(strings.TrimSpace(l))
			}
			out = append(out, joined.String())
		}
		run = run[:0]
	}
	for raw := range strings.SplitSeq(s, "\n") {
		if len(run) > 0 && continuesLine(run[0], run[len(run)-1], raw) {
			run = append(run, raw)
			continue
		}
		flush()
		run = append(run, raw)
	}
	flush()
	return out
}

// continuesLine reports whether line b goes on with the sentence that line a
// breaks off; first is the line a's paragraph opens with (a itself when
// nothing was joined to it yet), which gives its margin.
func continuesLine(first, a, b string) bool {
	// Line a must be long and end in a word: a menu's entries and a
	// verse's lines are short, a list's items end in punctuation. These
	// tests, which most lines fail, come before line b is trimmed.
	if len(a) < 40 {
		return false // shorter still trimmed
	}
	ta := strings.TrimSpace(a)
	if len(ta) < 40 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(ta); !unicode.IsLetter(r) {
		return false
	}
	tb := strings.TrimSpace(b)
	if tb == "" {
		return false
	}
	if runesUnder(ta, 40) || !fieldsAtLeast(ta, 6) {
		return false
	}
	// A table's row (cells parted by tabs or rules) is no sentence.
	if tableMark(a) || tableMark(b) {
		return false
	}
	// Both lines at the same margin, or line b set in under the text of
	// the list item it goes on; b is no list item itself.
	mb := len(b) - len(strings.TrimLeft(b, " "))
	if t, bullet, _ := stripMarker(first); bullet {
		// A list item's words go on set in under its text; a teaser's
		// item shows its headline again over its text.
		if mb == 0 || utf8.RuneCountInString(first[:len(first)-len(t)]) != mb || strings.HasPrefix(tb, strings.TrimSpace(t)) {
			return false
		}
	} else if len(first)-len(strings.TrimLeft(first, " ")) != mb {
		return false
	}
	if _, bullet, _ := stripMarker(b); bullet {
		return false
	}
	// Line b is long too, or ends the sentence: a byline or a date
	// under a headline ("von Anna Muster", "vor 2 Stunden") does neither.
	if (runesUnder(tb, 40) || !fieldsAtLeast(tb, 6)) && !endsSentence(tb) {
		return false
	}
	r0, _ := utf8.DecodeRuneInString(tb)
	if unicode.IsLower(r0) {
		return true
	}
	last := ta[strings.LastIndexByte(ta, ' ')+1:]
	last = strings.TrimLeftFunc(last, func(r rune) bool { return !unicode.IsLetter(r) })
	return unicode.IsLetter(r0) && openWords[lang.ToLower(last)]
}

// runesUnder reports whether s has fewer than n characters
// (utf8.RuneCountInString(s) < n), counting them only when its length in
// bytes does not tell: a character, or a byte that is not UTF-8, takes one
// to four bytes. rawLines asks it of every long line of a dump.
func runesUnder(s string, n int) bool {
	switch {
	case len(s) < n:
		return true
	case len(s) >= 4*n:
		return false
	}
	return utf8.RuneCountInString(s) < n
}

// countFields counts the words of s parted by spaces, as strings.Fields
// would, without making the slice.
func countFields(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// fieldsAtLeast reports countFields(s) >= n, reading s only up to the
// n-th word.
func fieldsAtLeast(s string, n int) bool {
	k, in := 0, false
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if space {
			in = false
		} else if !in {
			in = true
			if k++; k >= n {
				return true
			}
		}
	}
	return k >= n
}

// tableMark reports strings.ContainsAny(s, "\t│┃|"), whether s holds a
// tab, a bar or a rule of a table's cells, with a fast scan for each.
func tableMark(s string) bool {
	return strings.IndexByte(s, '\t') >= 0 || strings.IndexByte(s, '|') >= 0 ||
		strings.Contains(s, "│") || strings.Contains(s, "┃")
}

// openWords are short words that leave a sentence open: articles,
// conjunctions and prepositions that a sentence never ends on. Particles
// that end a German sentence ("aus", "ein", "an") are left out.
var openWords = lang.WordSet(`the a an and or of for
	der die das den dem des und oder eine einer eines einem einen zur zum für
	le la les de des du et une au aux
	el los las del y una`)
