package textdump

// mastheadReach is how far above the region's start the dump's first
// lines must stand to be read as the site's masthead.
const mastheadReach = 3

// masthead reports whether line i is one of a dump's first two lines, the
// site's name and the tagline right under it with no empty line between
// them, in a browser's innerText: the region starts more than
// mastheadReach lines under it and no date or byline stands under it, as
// under a headline. A page without menus may open with its headline; the
// region then starts right under it.
func masthead(lines []textLine, i, start int) bool {
	if i > 1 || i == 1 && lines[1].blankBefore {
		return false
	}
	return start > i+mastheadReach && !datedBelow(lines, i)
}
