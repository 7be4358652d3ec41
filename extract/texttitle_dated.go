package extract

import (
	"strings"
	"unicode"
)

// cutLeadingDate drops the date a line opens with when a headline follows
// it: "27.01.2022Jahresbericht 2021 (Kurzfassung)", "1. Februar 2022
// Ministerin stellt den Plan vor" give the headline. What follows must
// begin with a capital letter and run to three words at least.
func cutLeadingDate(t string) string {
	_, start, end, ok := findTextDate(t)
	if !ok || start != 0 {
		return t
	}
	rest := strings.TrimLeftFunc(t[end:], func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '-' || r == '–' || r == '·' || r == ','
	})
	if len(strings.Fields(rest)) < 3 || !startsUpper(rest) {
		return t
	}
	return rest
}
