package extract

// setApart reports whether empty lines stand above and below line i, as a
// text browser sets a heading apart. The dump's first line is not: there is
// nothing above it to set it apart from, and it is where a page shows its
// site's name.
func setApart(lines []textLine, i int) bool {
	return i > 0 && lines[i].blankBefore && lines[i].blankAfter
}
