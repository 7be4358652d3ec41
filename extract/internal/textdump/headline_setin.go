package textdump

// setInDepth is how many spaces a heading is set in by, at least, to be
// told from a list item: deeper than a text browser nests the items of a
// list (two to four spaces a level).
const setInDepth = 20

// setInHeading reports whether line i is a heading that a text browser
// sets in with spaces, as it centres a heading or lays out the cell of a
// table that holds it: deeper than a list's items nest, with empty lines
// above and below it, in a dump that sets its headings apart
// (headingsApart). Set in, it reads as a list item; it may be the
// headline all the same.
func setInHeading(lines []textLine, i int) bool {
	l := lines[i]
	if !l.indent || l.margin < setInDepth || !setApart(lines, i) {
		return false
	}
	l.bullet = false
	return titleLike(l) && headingsApart(lines)
}
