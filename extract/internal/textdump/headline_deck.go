package textdump

import (
	"strings"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// deckAbove reports whether line b, the first line of the article region
// in a dump that sets only paragraphs apart (a browser's innerText), is
// the deck of headline a right above it rather than the headline: both
// are blocks of their own, run on without an empty line (a paragraph
// would stand apart), and a, the shorter, reads as a headline of three
// words or more, not as a label in capitals, nor as a date, and some of
// its words come back in the article (shares, regionVocab.share): a label
// over the deck (a paywall's note, a menu's entry) shares none. Weighed one by one, the
// deck often wins: its words are the article's, since it opens the
// region.
func deckAbove(a, b textLine, shares bool) bool {
	if a.blankBefore || a.blankAfter || b.blankBefore || a.words < 3 || a.runes >= b.runes || strings.ToUpper(a.text) == a.text {
		return false
	}
	_, _, _, dated := dates.FindTextDate(a.text)
	return !dated && shares
}
