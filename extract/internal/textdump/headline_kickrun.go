package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// labelRunInto returns the headline a section's label runs straight into
// in a browser's innerText: line i, a label of three words at most that
// ends no sentence, has right under it, with no empty line between them,
// a headline candidate of five words or more that opens with a letter and
// reads as no date. Weighed one by one, the label wins by the article's
// words it names. It returns -1 when there is none.
func labelRunInto(lines []textLine, i int) int {
	c := i + 1
	if c >= len(lines) || lines[c].blankBefore {
		return -1
	}
	l := lines[i]
	if l.words > 3 || l.runes > 30 || l.prose || strings.HasSuffix(l.text, ".") {
		return -1
	}
	if lines[c].words < 5 || lines[c].strong || !titleCandidate(lines, c) || datedLine(lines[c]) {
		return -1 // the cheap questions first: each of these says no alone
	}
	if r, _ := utf8.DecodeRuneInString(lines[c].text); !unicode.IsLetter(r) {
		return -1
	}
	if _, _, _, dated := dates.FindTextDate(lines[c].text); dated {
		return -1 // the label's own date and byline: "Posted on 3 May 2021 by anna"
	}
	for j := max(0, i-3); j < i; j++ {
		if lines[j].fold == l.fold {
			return -1 // the page shows the label twice: it is the headline
		}
	}
	return c
}
