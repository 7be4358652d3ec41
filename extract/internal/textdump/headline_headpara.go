package textdump

import "strings"

// headOverParagraph reports whether line a, right above b, is a heading
// over its standfirst in a dump that sets only paragraphs apart (a
// browser's innerText): the heading runs straight into the paragraph,
// with an empty line under it and none above, and the paragraph set
// apart is at least twice as long as a heading of two words or more that
// is no list of tags. It is the innerText's form of standfirstApart, and
// as there, only a near tie goes to the line above.
func headOverParagraph(lines []textLine, a, b int) bool {
	h, p := lines[a], lines[b]
	return !h.blankBefore && h.blankAfter && p.blankBefore && p.blankAfter && h.words >= 2 && 2*h.runes <= p.runes && strings.Count(h.text, ",") < 2
}
