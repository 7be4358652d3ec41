package lang

import (
	"strings"
	"unicode"
)

// SplitWords returns the words of s split where sep says, lower-cased, with
// the punctuation around each trimmed and empty ones dropped.
func SplitWords(s string, sep func(rune) bool) []string {
	f := strings.FieldsFunc(strings.ToLower(s), sep)
	out := f[:0]
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// WordSet builds a set from words separated by white space, for the word
// lists of rules in both packages.
func WordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
