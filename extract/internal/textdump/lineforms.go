package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/lang"
)

// lineFold is lang.Fold of the line's text, made from the lower-cased form
// the text rules share when the text's white space needs no folding, as
// foldSpaces leaves most lines.
func lineFold(ln *clean.Line) string {
	t := ln.Text()
	if lang.IsCollapsed(t) {
		return lang.FoldLower(ln.Lower())
	}
	return lang.Fold(t)
}

// countWords returns the number of words of a lower-cased line and how
// many of them are stop words: len(lang.LineWords(s)) and its stop words,
// without making the list.
func countWords(lower string) (words, stops int) {
	for w := range strings.FieldsSeq(lower) {
		w = lang.TrimWord(w)
		if w == "" {
			continue
		}
		words++
		if len(w) <= maxStopWord && lang.IsStopWord(w) {
			stops++
		}
	}
	return words, stops
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

// maxStopWord is the length in bytes of the longest stop word: a longer
// word need not be looked up.
var maxStopWord = func() int {
	n := 0
	for w := range lang.StopLangs {
		n = max(n, len(w))
	}
	return n
}()

// blankRun reports whether s holds a blank foldSpaces folds: a tab, a
// carriage return, a form feed, a vertical tab or two spaces in a row.
func blankRun(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\r', '\f', '\v':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// changesUpper reports whether strings.ToUpper(s) != s, without making the
// upper-cased copy: whether s holds a character that upper-cases to
// another, or a byte that is not UTF-8 (which strings.ToUpper replaces).
func changesUpper(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return true
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return true
		}
		i += size
	}
	return false
}
