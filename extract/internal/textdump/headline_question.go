package textdump

import "strings"

// questionHead reports whether a question that opens the article's region
// is its headline rather than its first paragraph, in a dump that sets
// only paragraphs apart (a browser's innerText): it has no empty line
// above it, as a paragraph would, and runs straight into the text, with
// one below. A question ends like a sentence, so it reads as a full
// paragraph ("Leasen oder kaufen, was ist günstiger?") and would count as
// a line inside the region.
func questionHead(l textLine) bool {
	return !l.blankBefore && l.blankAfter && strings.HasSuffix(l.text, "?")
}
