package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runOnMin is the length from which a line that holds two sentences is
// running text rather than a headline.
const runOnMin = 100

// runOnText reports whether a long line holds two sentences or more, the
// first ended by a full stop after a word: "Rund um den Markt kann man
// Kräuter kaufen. Dabei hilft …". That is running text or a standfirst
// that the dump did not end with a full stop, not a headline. A full stop
// after a figure or an abbreviation ("19. Jahrhundert", "Nr. 5") ends no
// sentence, and a headline of two short sentences stays under runOnMin.
func runOnText(l textLine) bool {
	if l.runes < runOnMin {
		return false
	}
	t := l.text
	for from := 0; ; {
		i := strings.Index(t[from:], ". ")
		if i < 0 {
			return false
		}
		i += from
		if sentenceBreak(t, i) {
			return true
		}
		from = i + 2
	}
}

// sentenceBreak reports whether the full stop at t[i] ends a sentence: a
// word of three small letters or more before it, a capital letter after
// it.
func sentenceBreak(t string, i int) bool {
	n, s := 0, t[:i]
	for n < 3 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !unicode.IsLower(r) {
			return false
		}
		s = s[:len(s)-size]
		n++
	}
	r, _ := utf8.DecodeRuneInString(t[i+2:])
	return unicode.IsUpper(r)
}
