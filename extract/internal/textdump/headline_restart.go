package textdump

import "strings"

// restartBreak is the summed value of the chrome lines (a menu, a share
// bar, a list of categories) that, standing inside the article region
// between two paragraphs, part what comes before them from a new start.
const restartBreak = -100

// restartReach is how many lines above a restart its headline may stand.
const restartReach = 6

// restarts returns the lines inside the region [start, end) where the
// text starts anew after a break of chrome: the first full paragraph
// under it. A region that ran over a page's menu into the article (the
// site's mission statement above its navigation, then the article) has
// its headline there, above the paragraph the article opens with.
func restarts(lines []textLine, start, end int) []int {
	var out []int
	sum := 0.0
	for i := start + 1; i < end; i++ {
		l := lines[i]
		if !l.strong {
			sum += l.value
			continue
		}
		if sum <= restartBreak {
			out = append(out, i)
		}
		sum = 0
	}
	return out
}

// datedUnder reports whether a date line or a byline stands within three
// lines under line i (a standfirst may come between them). A byline is
// short: running text that opens with "Por ahora" is none.
func datedUnder(lines []textLine, i int) bool {
	for j := i + 1; j < min(len(lines), i+4); j++ {
		if lines[j].date || !lines[j].strong && isByline(lines[j].text) {
			return true
		}
	}
	return false
}

// restartHeadline reports whether line i, above restart r, reads as the
// headline of the article that starts anew there: a short line that is no
// sentence, with its date or byline under it, that does not quote the
// headline found so far (best), as a comment section's heading does.
func restartHeadline(lines []textLine, i, r, best int) bool {
	l := lines[i]
	if !titleLike(l) || l.strong || endsSentence(l.text) || strings.Contains(l.text, ". ") || !datedUnder(lines, i) {
		return false
	}
	return best < 0 || !strings.Contains(l.fold, lines[best].fold)
}

// restartAt returns the first restart inside the region [start, end)
// with a headline over it (restartHeadline) at or after line from; else
// -1. A headline with more dated lines close above it or dated headlines
// below it is one of a feed of teasers, reviews or comments, and no
// restart.
func restartAt(lines []textLine, start, from, end, best int) int {
	for _, r := range restarts(lines, start, end) {
		for i := max(from, r-restartReach); i < r; i++ {
			if !restartHeadline(lines, i, r, best) {
				continue
			}
			for j := max(start, i-restartReach); j < i; j++ {
				if datedLine(lines[j]) {
					return -1
				}
			}
			for j := r + 1; j < end; j++ {
				if titleLike(lines[j]) && !lines[j].strong && datedUnder(lines, j) {
					return -1
				}
			}
			return r
		}
	}
	return -1
}
