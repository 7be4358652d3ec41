package htmlpage

import (
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
)

// trimTeaserRail cuts a rail of teasers at the article's end: three or more
// teasers in a row, each a headline (a heading or a line that is all
// link) with perhaps a one-paragraph summary and a time ("2H ago", "July
// 3"), perhaps under section headings ("World", "U.S."), after at least
// twice as much running text as the rail holds. It returns the blocks kept
// and the blocks cut. The test is of shape only, so it holds in any
// language.
func trimTeaserRail(blocks []article.Block) (kept, cut []article.Block) {
	i := len(blocks)
	teasers, text := 0, 0
	for i > 0 {
		j, n := i, 0
		// A time, then a summary, under the headline.
		if j > 0 && teaserTime(blocks[j-1]) {
			j--
		}
		if j > 0 && teaserSummary(blocks[j-1]) {
			n += utf8.RuneCountInString(blocks[j-1].Plain)
			j--
		}
		if j > 0 && teaserTime(blocks[j-1]) {
			j--
		}
		if j == 0 || !teaserHeadline(blocks[j-1]) {
			break
		}
		j--
		teasers++
		text += n + utf8.RuneCountInString(blocks[j].Plain)
		// Section headings over the teasers, the rail's own.
		for j > 0 && blocks[j-1].Kind == article.Heading && shortLabel(blocks[j-1].Plain) {
			j--
		}
		i = j
	}
	start := i
	if teasers < 3 || textSize(blocks[:start]) < 2*text {
		return blocks, nil
	}
	return blocks[:start], blocks[start:]
}

// teaserHeadline reports whether a block reads as a teaser's headline: a
// heading or a short line, of two words or more, that is a link (an
// article's own subheadings link nowhere).
func teaserHeadline(b article.Block) bool {
	n := utf8.RuneCountInString(b.Plain)
	if n > 160 || len(strings.Fields(b.Plain)) < 2 {
		return false
	}
	return (b.Kind == article.Heading || b.Kind == article.Paragraph) && b.LinkDensity() >= 0.8
}

// teaserSummary reports whether a block reads as a teaser's one-paragraph
// summary: a paragraph of at most 320 characters, not mostly links.
func teaserSummary(b article.Block) bool {
	return b.Kind == article.Paragraph && utf8.RuneCountInString(b.Plain) <= 320 && b.LinkDensity() < 0.5
}

// teaserTime reports whether a block is a short line with a figure in it,
// as a teaser's time or date is ("32M ago", "vor 2 Std.", "3 juillet").
func teaserTime(b article.Block) bool {
	return b.Kind == article.Paragraph && utf8.RuneCountInString(b.Plain) <= 30 && len(strings.Fields(b.Plain)) <= 4 &&
		strings.ContainsAny(b.Plain, "0123456789")
}
