package textdump

// standfirstReach is how many lines above the article region its standfirst
// may stand, parted from it by a share bar, a picture and its credit.
const standfirstReach = 20

// leadAbove returns the standfirst that stands a little above the article
// region, with its date or byline under it: the nearest full paragraph
// within standfirstReach lines above start, that a date line or a byline
// follows within four lines. A share bar or a picture between the
// standfirst and the text parts them, and the region starts under them;
// the headline stands above the standfirst. A date line close above
// it makes it one of a feed of teasers. It returns -1 when there is
// none.
func leadAbove(lines []textLine, start int) int {
	for p := start - 1; p >= max(0, start-standfirstReach); p-- {
		if !lines[p].strong {
			continue
		}
		if !datedBelow(lines, p) {
			return -1
		}
		// A date above it too makes it a teaser in a feed of them.
		for j := max(0, p-standfirstReach/2); j < p; j++ {
			if lines[j].date {
				return -1
			}
		}
		return p
	}
	return -1
}

// wordsFrom returns the line from which the article's words are counted
// for its headline: the region's start, or the line under it when the
// region opens with a line that is no full paragraph. Such a line is the
// headline, its subtitle or a caption; counted as the article's, its
// words would make it and the lines that repeat it look like the article.
func wordsFrom(lines []textLine, start, end int) int {
	if start+1 < end && !lines[start].strong {
		return start + 1
	}
	return start
}
