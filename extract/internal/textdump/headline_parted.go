package textdump

// paragraphUnderDate returns the date line or byline that stands within
// four lines above line i, when line i is a paragraph of its own (an
// empty line above and below it, as a browser's innerText sets a
// paragraph) with no date under it: a picture's caption or a standfirst
// set between the headline's date and the article. Weighed one by one,
// such a paragraph often wins over the headline, since it stands closer
// to the text and shares its words. It returns -1 when there is none.
func paragraphUnderDate(lines []textLine, i int) int {
	l := lines[i]
	if !l.blankBefore || !l.blankAfter || !l.prose || datedBelow(lines, i) {
		return -1
	}
	for j := i - 1; j >= max(0, i-4); j-- {
		if lines[j].date || isByline(lines[j].text) {
			return j
		}
	}
	return -1
}
