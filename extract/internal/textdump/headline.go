package textdump

import "strings"

// titleWindow is how many lines above the article region the headline is
// looked for. Beyond titleNear, only a line with its date or byline under
// it is weighed (a headline over a live ticker or a long list of
// ingredients); its distance counts against it, so it wins only when
// nothing near reads as a headline.
const titleWindow = 150

// titleNear is how far above the region an earlier showing of the chosen
// headline is taken for it: further up, the same text is a teaser.
const titleNear = 60

// findTitle returns the index of the headline: a short line without a
// sentence's end (or the end of a numbered breadcrumb trail) that gives
// no telephone number or address (titleCandidate), close above the
// article region, and preferably one that the page repeats (as an image
// caption or at the end of a breadcrumb). The best-weighed candidate is
// picked (pick), then may give way to a line near it (giveWay) or to
// a line near it that shows it in full (longerShowing). It
// returns the first occurrence of the chosen text, or -1.
func findTitle(lines []textLine, start, end int) int {
	ts := titleSearch{
		lines: lines,
		start: start,
		lo:    max(0, start-titleWindow),
		hi:    min(end, start+12),
		body:  regionWords(lines, wordsFrom(lines, start, end), end, 0),
		lead:  regionWords(lines, start, end, 2),
		apart: headingsApart(lines),
	}
	best, bestScore := ts.pick(end)
	if best < 0 {
		return -1
	}
	best = ts.giveWay(best, bestScore)
	if c := longerShowing(lines, best, ts.lo, ts.hi); c >= 0 {
		best = c
	}
	f := lines[best].fold
	for i := max(0, min(best, start-titleNear)); i < best; i++ {
		if lines[i].fold == f {
			return i
		}
	}
	return best
}

// titleSearch is the search for the headline of the article region that
// starts at line start.
type titleSearch struct {
	lines  []textLine
	start  int
	lo, hi int            // the lines weighed: above the region, and a few inside it
	body   map[string]int // the region's words (wordsFrom, regionWords)
	lead   map[string]int // the words of its first paragraphs
	apart  bool           // the dump sets headings apart (headingsApart)
}

// score weighs line i as the headline of a region starting at line start.
func (ts *titleSearch) score(i, start int) float64 {
	return titleScore(ts.lines, i, start, ts.body, ts.lead, ts.apart)
}

// pick returns the best-weighed candidate and its score, or -1. The site's
// name and tagline the dump opens with are weighed only when nothing else
// is (masthead). Where a share bar parts a dated standfirst from the text,
// the lines above it are weighed as if the region started there
// (leadAbove); when nothing dated stands near the region's start, so are
// the lines above a dated headline after a menu inside the region
// (restartAt).
func (ts *titleSearch) pick(end int) (int, float64) {
	lines, start := ts.lines, ts.start
	best, bestScore := -1, -1e9
	head, headScore := -1, -1e9
	for i := ts.lo; i < ts.hi; i++ {
		if !titleCandidate(lines, i) || i < start-titleNear && !datedBelow(lines, i) {
			continue
		}
		if !ts.apart && masthead(lines, i, start) {
			if s := ts.score(i, start); s > headScore {
				head, headScore = i, s
			}
			continue
		}
		if s := ts.score(i, start); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		best, bestScore = head, headScore // only the masthead is left
	}
	if p := leadAbove(lines, start); p >= 0 {
		// The standfirst is parted from the text: weigh it and the lines
		// above it as if the region started there.
		if best == p {
			bestScore = ts.score(p, p)
		}
		for i := max(ts.lo, p-titleNear); i < p; i++ {
			if titleCandidate(lines, i) {
				if s := ts.score(i, p); s > bestScore {
					best, bestScore = i, s
				}
			}
		}
	}
	if best < 0 || !datedBelow(lines, best) {
		// No dated headline near the region's start: the region may have
		// run over a menu into the article.
		if r := restartAt(lines, start, ts.hi, end, best); r >= 0 {
			for i := max(ts.hi, r-restartReach); i < r; i++ {
				if restartHeadline(lines, i, r, best) {
					if s := ts.score(i, r); s > bestScore {
						best, bestScore = i, s
					}
				}
			}
		}
	}
	return best, bestScore
}

// giveWay returns the line that the chosen line best, weighed bestScore,
// gives way to, or best. A standfirst or deck chosen over the headline
// right above it gives way to the headline (standfirstBelow,
// standfirstApart, headOverParagraph, deckAbove), unless the page shows the chosen line
// again and not the one above (shownAgain), and so does a section's label over the
// date and the headline (labelOverDate). In a browser's innerText, a
// section's label gives way to the headline it runs straight into
// (labelRunInto), and a caption or standfirst set apart under the
// headline's date to the headline above the date (paragraphUnderDate).
func (ts *titleSearch) giveWay(best int, bestScore float64) int {
	lines, start, apart := ts.lines, ts.start, ts.apart
	if a := best - 1; a >= ts.lo && titleLike(lines[a]) && !shownAgain(lines[best], lines[a]) && (standfirstBelow(lines[a], lines[best], apart) || !apart && best == start && deckAbove(lines[a], lines[best], ts.body)) &&
		ts.score(a, start) >= bestScore-standfirstMargin {
		best = a
	} else if a := best - 1; a >= ts.lo && apart && titleCandidate(lines, a) && standfirstApart(lines, a, best) &&
		ts.score(a, start) >= bestScore-standfirstApartMargin {
		best = a
	} else if a := best - 1; a >= ts.lo && !apart && titleCandidate(lines, a) && headOverParagraph(lines, a, best) &&
		ts.score(a, start) >= bestScore-standfirstApartMargin {
		best = a
	}
	if c := labelOverDate(lines, best); c >= 0 && c < ts.hi && ts.score(c, start) >= bestScore-standfirstMargin {
		best = c
	}
	if c := labelRunInto(lines, best); !apart && c >= 0 && c < ts.hi && ts.score(c, start) >= bestScore-standfirstMargin {
		best = c
	}
	if d := paragraphUnderDate(lines, best); !apart && d >= 0 {
		// A caption or a standfirst between the headline's date and the
		// text: the headline stands above the date.
		c, cs := -1, -1e9
		for j := max(ts.lo, d-3); j < d; j++ {
			if titleCandidate(lines, j) && lines[j].words >= 3 && !lines[j].strong {
				if s := ts.score(j, start); s > cs {
					c, cs = j, s
				}
			}
		}
		if c >= 0 && cs >= bestScore-standfirstMargin {
			best = c
		}
	}
	return best
}

// datedBelow reports whether a date line or a byline stands within four
// lines under line i.
func datedBelow(lines []textLine, i int) bool {
	for j := i + 1; j < min(len(lines), i+5); j++ {
		if datedLine(lines[j]) {
			return true
		}
	}
	return false
}

// standfirstMargin is how far below the best score a headline may stand
// and still win over the standfirst under it.
const standfirstMargin = 10

// standfirstBelow reports whether line b, right under a, reads as the
// standfirst of headline a: a headline is shorter than the summary set
// under it, and reads as text (four words or more, not a list of tags).
// Weighed one by one, the standfirst often wins: it shares more words
// with the article and stands closer to its date. In a dump that sets
// only paragraphs apart (not apart: a browser's innerText), a line with
// an empty line above and below is a paragraph itself, no headline.
func standfirstBelow(a, b textLine, apart bool) bool {
	if !apart && a.blankBefore && a.blankAfter {
		return false
	}
	return a.prose && a.words >= 4 && a.runes < b.runes && strings.Count(a.text, ",") < 2
}
