package textdump

import (
	"strings"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// trimDatedTeasers cuts the region at a run of dated teasers: three or more
// lines that each open with a date and run on into a headline and its
// standfirst ("12.03.2021 - Sport Der Trainer bleibt …"), no more than two
// other lines apart, as a list of a site's other posts shows them. What
// follows such a run is no more of the article either. The text before the
// run must be longer than the text from it on: an article made of dated
// entries (a chronology) is left whole.
func trimDatedTeasers(lines []textLine, start, end int) int {
	total := 0
	for k := start; k < end; k++ {
		if lines[k].rule == "" {
			total += lines[k].runes
		}
	}
	before := 0 // the text above line i
	for i := start; i < end; i++ {
		if datedTeaser(lines[i]) && datedRun(lines, i, end) >= 3 {
			// The first run decides: a chronology's later entries are
			// no run of their own.
			if before > total-before {
				return i
			}
			return end
		}
		if lines[i].rule == "" {
			before += lines[i].runes
		}
	}
	return end
}

// datedRun counts the dated teasers of the run that starts at line i, each
// no more than two lines after the one before.
func datedRun(lines []textLine, i, end int) int {
	n, gap := 0, 0
	for k := i; k < end && gap <= 2; k++ {
		if datedTeaser(lines[k]) {
			n, gap = n+1, 0
		} else {
			gap++
		}
	}
	return n
}

// datedTeaser reports whether a line opens with a date and goes on with a
// headline or more (four words at least after the date).
func datedTeaser(l textLine) bool {
	if l.date || !opensLikeDate(l.text) {
		return false
	}
	_, at, end, ok := dates.FindTextDate(l.text)
	return ok && at == 0 && len(strings.Fields(l.text[end:])) >= 4
}
