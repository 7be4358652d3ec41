package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// cutLeadingDate drops the date a line opens with when a headline follows
// it: "14.03.2023Geschäftsbericht 2022 (Auszug)", "1. Februar 2022
// Ministerin stellt den Plan vor" give the headline. What follows must
// begin with a capital letter and run to three words at least.
func cutLeadingDate(t string) string {
	_, start, end, ok := dates.FindTextDate(t)
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

// trimLeadingMarks drops the marks a headline's line opens with that
// belong to the links and separators before it: "|Wandern im
// Herbst", "[> Anna Berger", "» Das Team". A guillemet set close
// to the word opens a quotation and stays.
func trimLeadingMarks(t string) string {
	rest := strings.TrimPrefix(t, "[>")
	for {
		r, n := utf8.DecodeRuneInString(rest)
		next, _ := utf8.DecodeRuneInString(rest[n:])
		if n == 0 || !(unicode.IsSpace(r) || strings.ContainsRune("|>•·", r) || (r == '»' || r == '›') && unicode.IsSpace(next)) {
			break
		}
		rest = rest[n:]
	}
	if rest == "" {
		return t
	}
	return rest
}

// gluedAfterDate reports whether headline rest, which line t gives
// without its date, was glued to the date with no space between them, as
// a browser's innerText runs a date and a headline set side by side
// together: "14.03.2023Geschäftsbericht 2022 (Auszug)".
func gluedAfterDate(t, rest string) bool {
	head := strings.TrimSuffix(t, rest)
	r, _ := utf8.DecodeLastRuneInString(head)
	return len(head) < len(t) && unicode.IsDigit(r)
}

// gluedDateHeadline reports whether line t opens with a date glued to the
// headline that follows it (gluedAfterDate).
func gluedDateHeadline(t string) bool {
	t = trimLeadingMarks(t)
	rest := cutLeadingDate(t)
	return rest != t && gluedAfterDate(t, rest)
}
