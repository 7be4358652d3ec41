package textdump

import (
	"strings"

	"github.com/pare-dev/pare/clean"
)

// keepOwnEllipses gives back to the article the lines that the teaser rule
// took for a cut-off link only because they end in an ellipsis ("…and
// phone is better…"): a run of one to three such lines, each a sentence
// of running words, between two paragraphs of running text. A teaser's
// blurb stands under its headline, among other teasers.
func keepOwnEllipses(lines []textLine) {
	for i := 1; i < len(lines)-1; i++ {
		if lines[i].rule != clean.Teaser.Name || !paragraphLine(lines[i-1]) {
			continue
		}
		j := i
		for j < len(lines) && j < i+3 && lines[j].rule == clean.Teaser.Name && ownEllipsis(lines[j]) {
			j++
		}
		if j == i || j >= len(lines) || !paragraphLine(lines[j]) {
			continue
		}
		for k := i; k < j; k++ {
			l := &lines[k]
			l.rule = ""
			l.prose, l.strong = true, true
			l.value = lineValue(*l)
		}
		i = j
	}
}

// paragraphLine reports whether a line is a paragraph of running text that
// no rule marks.
func paragraphLine(l textLine) bool {
	return l.strong && l.rule == ""
}

// ownEllipsis reports whether a line the teaser rule marks reads as a
// sentence of the article's: long, with the short words of a language, in
// more than one clause, and not a link's "read more" or arrows.
func ownEllipsis(l textLine) bool {
	t := strings.TrimRight(l.text, ".… ")
	return l.runes >= 80 && l.words >= 8 && l.stops*10 >= l.words && strings.ContainsAny(t, ",.;:") &&
		(strings.HasSuffix(l.text, "…") || strings.HasSuffix(l.text, "...")) && !strings.HasSuffix(l.text, "[…]") && !strings.HasSuffix(l.text, "[...]")
}
