package textdump

import (
	"unicode"
	"unicode/utf8"
)

// labelOverDate returns the headline under a section's label and its
// date: line i, a label of three words at most, has a date line right
// under it and, under that, a longer headline candidate that reads as
// text, not as a full paragraph. Weighed one by one, the label wins by
// the date under it. It returns -1 when there is none.
func labelOverDate(lines []textLine, i int) int {
	c := i + 2
	if c >= len(lines) || lines[i].words > 3 || lines[i].prose || !lines[i+1].date {
		return -1
	}
	if !titleCandidate(lines, c) || lines[c].words < 4 || lines[c].strong {
		return -1
	}
	if r, _ := utf8.DecodeRuneInString(lines[c].text); !unicode.IsLetter(r) {
		return -1 // a reading time, a count: "12 minutes - 2400 words"
	}
	return c
}
