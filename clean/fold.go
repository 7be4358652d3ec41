package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasPrefixFold reports whether s begins with p, case folded, without
// allocating: the text rules run over every line of a dump, and most lines
// open with none of their labels.
func hasPrefixFold(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// hasAnyPrefixFold reports whether s begins with one of the phrases, case
// folded, and the phrase ends there or at a character that is no letter.
func hasAnyPrefixFold(s string, phrases []string) bool {
	for _, p := range phrases {
		if hasPrefixFold(s, p) && (len(s) == len(p) || !isLetterAt(s, len(p))) {
			return true
		}
	}
	return false
}

// isLetterAt reports whether the character that starts at byte i of s is a
// letter.
func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}
