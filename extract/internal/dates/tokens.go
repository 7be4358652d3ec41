package dates

// The tokens a line is read in for free-text dates (words.go).

import (
	"github.com/pare-dev/pare/internal/lang"
	"unicode"
	"unicode/utf8"
)

// TokKind is the kind of a dateTok.
type TokKind int

const (
	TokNum TokKind = iota
	TokWord
	TokPunct
)

// DateTok is a token of a line read for dates.
type DateTok struct {
	Kind       TokKind
	Text       string // lower-cased for words
	Val        int    // for numbers
	Start, End int    // byte offsets in the line
	Space      bool   // white space before it
}

// DateTokens splits s into numbers, words and single punctuation marks.
func DateTokens(s string) []DateTok {
	// About one token in four bytes of text: one allocation for most lines
	// instead of one for each doubling.
	toks := make([]DateTok, 0, len(s)/4+2)
	for pos := 0; ; {
		t, next, ok := nextDateTok(s, pos, true)
		if !ok {
			return toks
		}
		toks = append(toks, t)
		pos = next
	}
}

// nextDateTok reads the token of s that starts at or after pos, after
// white space, and returns it with the offset after it; ok is false when
// only white space is left. Reading s token by token from 0 splits it as
// DateTokens does: between two tokens the reader keeps no state but the
// white space it skips, which it reads again from pos.
//
// With exact false, an ASCII word that is in none of the package's lists
// keeps its letters as they are (its lower case would be looked up in
// vain): what FindTextDate and otherWords read of a word is whether it is
// one of them.
func nextDateTok(s string, pos int, exact bool) (t DateTok, next int, ok bool) {
	space := false
	i := pos
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !asciiBlank[c] {
				break
			}
			space = true
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		space = true
		i += n
	}
	if i >= len(s) {
		return DateTok{}, len(s), false
	}
	c := s[i]
	switch {
	case '0' <= c && c <= '9':
		j := i
		v := 0
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if v < 1e6 {
				v = v*10 + int(s[j]-'0')
			}
			j++
		}
		return DateTok{Kind: TokNum, Text: s[i:j], Val: v, Start: i, End: j, Space: space}, j, true
	case c < utf8.RuneSelf && !asciiLetter(c):
		return DateTok{Kind: TokPunct, Text: s[i : i+1], Start: i, End: i + 1, Space: space}, i + 1, true
	}
	r, n := rune(c), 1
	if c >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(s[i:])
	}
	if !unicode.IsLetter(r) {
		return DateTok{Kind: TokPunct, Text: s[i : i+n], Start: i, End: i + n, Space: space}, i + n, true
	}
	j := i + n
	ascii, upper := c < utf8.RuneSelf, 'A' <= c && c <= 'Z'
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !asciiLetter(c) {
				break
			}
			upper = upper || c <= 'Z'
			j++
			continue
		}
		r2, n2 := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r2) {
			break
		}
		ascii = false
		j += n2
	}
	return DateTok{Kind: TokWord, Text: lowerWord(s[i:j], ascii, upper, exact), Start: i, End: j, Space: space}, j, true
}

// lowerWord returns lang.ToLower(w) for a word of letters; ascii and
// upper tell whether w is all ASCII and holds an upper-case letter. An
// ASCII word without one is its own lower case; one with one that is a
// word of the package's lists gets the list's string, without a copy, and
// one that is none of them, with exact false, is returned as it is.
func lowerWord(w string, ascii, upper, exact bool) string {
	if !ascii {
		return lang.ToLower(w)
	}
	if !upper {
		return w
	}
	if len(w) <= maxKnownWord && knownShape(w) {
		var b [maxKnownWord]byte
		for k := 0; k < len(w); k++ {
			b[k] = w[k] | 0x20 // an ASCII letter's lower case
		}
		if v, ok := knownWords[string(b[:len(w)])]; ok {
			return v
		}
	}
	if !exact {
		return w
	}
	return lang.ToLower(w)
}

// knownShape reports whether a word of ASCII letters, of at most
// maxKnownWord, has the length and the first and last letters (either
// case) of a word of knownWords: most capitalised words of a line (names,
// a sentence's first word) have not, and are not looked up.
func knownShape(w string) bool {
	k := shapeKey(len(w), w[0], w[len(w)-1])
	return knownShapes[k/64]&(1<<(k%64)) != 0
}

// shapeKey sums up a word by its length (at most maxKnownWord) and its
// first and last letters, lower-cased.
func shapeKey(n int, first, last byte) uint {
	return uint(n)&15 | uint(first|0x20)&31<<4 | uint(last|0x20)&31<<9
}

// knownShapes holds the shapeKey of each word of knownWords.
var knownShapes [1 << 14 / 64]uint64

// maxKnownWord bounds the length of the words kept in knownWords.
const maxKnownWord = 16

// knownWords holds, each as itself, the lower-case ASCII words of the
// package's lists that a word token is looked up in or compared to.
var knownWords = map[string]string{}

// fillKnownWords fills knownWords; words.go's init calls it once
// MonthNames is filled.
func fillKnownWords() {
	add := func(w string) {
		if len(w) > maxKnownWord {
			return
		}
		for k := 0; k < len(w); k++ {
			if c := w[k]; c >= utf8.RuneSelf || !('a' <= c && c <= 'z') {
				return
			}
		}
		knownWords[w] = w
		k := shapeKey(len(w), w[0], w[len(w)-1])
		knownShapes[k/64] |= 1 << (k % 64)
	}
	for _, set := range []map[string]bool{WeekdayNames, DateFiller, ordinalSuffix, timeWords, firstWords, issueVerbs, pieceWords} {
		for w := range set {
			add(w)
		}
	}
	for w := range MonthNames {
		add(w)
	}
	for _, w := range []string{"de", "of", "del", "uhr", "first", "t", "h", "am", "pm", "a", "p"} {
		add(w)
	}
}

// asciiBlank holds the ASCII characters unicode.IsSpace reports.
var asciiBlank = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// asciiLetter reports whether c is an ASCII letter, which unicode.IsLetter
// reports of no other ASCII character.
func asciiLetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}
