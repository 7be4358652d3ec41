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
// foldSpaces leaves most lines. collapsed says the caller knows that
// already (lang.IsCollapsed(ln.Text())), sparing the walk over the text.
func lineFold(ln *clean.Line, collapsed bool) string {
	t := ln.Text()
	if collapsed || lang.IsCollapsed(t) {
		return lang.FoldLower(ln.Lower())
	}
	return lang.Fold(t)
}

// foldedCollapsed reports, for t as foldSpaces returns it and ascii
// lang.IsASCII(t), whether lang.IsCollapsed(t) is sure without walking t:
// foldSpaces trims white space from both ends and folds the blanks of
// ASCII except the new line, and ASCII holds no other white space.
func foldedCollapsed(t string, ascii bool) bool {
	return ascii && strings.IndexByte(t, '\n') < 0
}

// countWords returns the number of words of a lower-cased line and how
// many of them are stop words: len(lang.LineWords(s)) and its stop words,
// without making the list. It splits as strings.Fields does, in one loop
// that tells ASCII white space without decoding it.
func countWords(lower string) (words, stops int) {
	count := func(w string) {
		if w = lang.TrimWord(w); w == "" {
			return
		}
		words++
		if len(w) <= maxStopWord && lang.IsStopWord(w) {
			stops++
		}
	}
	start := -1 // where the field being read starts
	for i := 0; i < len(lower); {
		space, size := false, 1
		if c := lower[i]; c < utf8.RuneSelf {
			space = asciiSpace(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(lower[i:])
			space = unicode.IsSpace(r)
		}
		switch {
		case space && start >= 0:
			count(lower[start:i])
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	if start >= 0 {
		count(lower[start:])
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
