package lang

import (
	"strings"
	"unicode"
)

// Fold returns s lower-cased with white space folded and outer quotes and
// punctuation trimmed, for comparing texts loosely.
func Fold(s string) string {
	return strings.Trim(strings.ToLower(Collapse(s)), foldCut)
}

// foldCut are the quotes and punctuation Fold trims.
const foldCut = " \"'“”„‘’«».:!?"

// FoldLower is Fold(s) for a text whose white space needs no folding
// (Collapse(s) == s), made from lower, strings.ToLower(s), which the
// caller has already.
func FoldLower(lower string) string {
	return strings.Trim(lower, foldCut)
}

// Collapse folds each run of white space in s into one space and trims
// both ends, in one pass; s itself is returned when it needs no change.
func Collapse(s string) string {
	clean := true
	space := true // at the start, a space would be leading
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (space || r != ' ') {
			clean = false
			break
		}
		space = isSpace
	}
	if clean && !space {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = sb.Len() > 0
			continue
		}
		if pending {
			sb.WriteByte(' ')
			pending = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
