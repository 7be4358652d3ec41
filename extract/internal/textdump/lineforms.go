package textdump

import (
	"hash/maphash"
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

// foldedCollapsed reports, for t as foldSpaces returns it, whether
// lang.IsCollapsed(t), without walking t again: space says whether t holds
// white space outside ASCII (lang.ReadScripts(t).Space; false for ASCII).
// foldSpaces trims white space from both ends and folds the blanks of
// ASCII but the new line into single spaces, so that only a new line or
// white space outside ASCII is left to unfold.
func foldedCollapsed(t string, space bool) bool {
	return !space && strings.IndexByte(t, '\n') < 0
}

// countWords returns the number of words of a lower-cased line and how
// many of them are stop words: len(lang.LineWords(s)) and its stop words,
// without making the list. ascii says the line is ASCII
// (lang.IsASCII(lower)): its words are then read in one loop over its
// bytes.
func countWords(lower string, ascii bool) (words, stops int) {
	var langs stopLanes
	return countWordsLangs(lower, ascii, &langs)
}

// stopLanes counts a text's stop words by language (lang.StopLanesIn):
// a byte for each, the first eight in lo; exact while the text holds at
// most 255 stop words.
type stopLanes struct {
	lo uint64
	hi uint32
}

// countWordsLangs is countWords that also adds up in langs the stop
// words' languages: lang.AddStopCounts of the text lower-cased to lower
// (the words of the lower-cased text are the text's words lower-cased),
// read in the same pass, so that the page's language needs no second one.
func countWordsLangs(lower string, ascii bool, langs *stopLanes) (words, stops int) {
	if ascii {
		return countASCIIWords(lower, langs)
	}
	return countUTF8Words(lower, langs)
}

// addStop adds the languages of the word s[first:end] to langs when it is
// a stop word, and reports whether it is.
func addStop(s string, first, end int, langs *stopLanes) bool {
	if end-first > maxStopWord {
		return false
	}
	lo, hi := lang.StopLanesIn(s, first, end)
	langs.lo += lo
	langs.hi += hi
	return lo|uint64(hi) != 0
}

// countUTF8Words is countWords of a line that is not ASCII, in one loop
// over its characters: strings.Fields splits it at white space, and
// lang.TrimWord leaves of each field what lies from its first letter or
// digit to its last (as lang.NextWord reads the words in place; its ASCII
// is told here by asciiClass, as countASCIIWords tells it, and only the
// other characters are decoded). A run of ASCII letters and digits is
// read in a loop of its own, as most of a line's bytes are.
func countUTF8Words(s string, langs *stopLanes) (words, stops int) {
	first, end := -1, -1 // the field's first letter or digit, and the end of its last
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case classAlnum:
				if first < 0 {
					first = i
				}
				i++
				for i < len(s) && asciiClass[s[i]] == classAlnum {
					i++
				}
				end = i
				continue
			case classOther:
				i++
				continue
			}
			i++ // white space: the field ends
		} else if lang.IsBoxRune(s, i) {
			i += 3 // no white space, no letter
			continue
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			sp, alnum := lang.RuneKind(r)
			if alnum {
				if first < 0 {
					first = i
				}
				end = i + n
			}
			i += n
			if !sp {
				continue
			}
		}
		if first >= 0 {
			words++
			if addStop(s, first, end, langs) {
				stops++
			}
			first = -1
		}
	}
	if first >= 0 {
		words++
		if addStop(s, first, end, langs) {
			stops++
		}
	}
	return words, stops
}

// countASCIIWords is countWords of a line in ASCII: strings.Fields splits
// it at the bytes that are white space, and lang.TrimWord leaves of each
// field what lies from its first letter or digit to its last.
func countASCIIWords(s string, langs *stopLanes) (words, stops int) {
	for i := 0; i < len(s); {
		for i < len(s) && asciiClass[s[i]] == classSpace {
			i++
		}
		first, last := -1, -1 // the field's first and last letter or digit
		for ; i < len(s) && asciiClass[s[i]] != classSpace; i++ {
			if asciiClass[s[i]] == classAlnum {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		if first < 0 {
			continue // no field, or one of punctuation only
		}
		words++
		if addStop(s, first, last+1, langs) {
			stops++
		}
	}
	return words, stops
}

// The classes of asciiClass.
const (
	classOther = iota
	classSpace // white space to unicode.IsSpace
	classAlnum // a letter or a digit
)

// asciiClass holds the class of each ASCII byte.
var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case asciiSpace(byte(c)):
			t[c] = classSpace
		case asciiLetter(byte(c)) || '0' <= c && c <= '9':
			t[c] = classAlnum
		}
	}
	return t
}()

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

// countShown sets each line's shown to the number of lines with its fold.
// Each fold is hashed once, into a table of the lines' indexes (a quarter
// to a half full), in place of a map from folds: a line's shown holds the
// index of the first line with its fold until all are counted.
func countShown(lines []textLine) {
	size := 8
	for size < 2*len(lines) {
		size *= 2
	}
	slots := make([]int32, size) // the index of a fold's first line plus one, or 0
	counts := make([]int32, len(lines))
	seed := maphash.MakeSeed()
	for i := range lines {
		f := lines[i].fold
		h := int(maphash.String(seed, f) & uint64(size-1))
		for {
			k := int(slots[h]) - 1
			if k < 0 {
				slots[h] = int32(i + 1)
				k = i
			} else if lines[k].fold != f {
				h = (h + 1) & (size - 1)
				continue
			}
			counts[k]++
			lines[i].shown = k
			break
		}
	}
	for i := range lines {
		lines[i].shown = int(counts[lines[i].shown])
	}
}
