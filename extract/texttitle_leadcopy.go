package extract

// leadCopy reports whether line i, not set apart as a paragraph itself,
// is shown again a few lines further down, with an empty line under it:
// a standfirst under the headline that the page repeats over the text as
// its lead, in a dump that sets only paragraphs apart (a browser's
// innerText). Weighed one by one, the standfirst wins by its repeat.
func leadCopy(lines []textLine, i int) bool {
	if lines[i].blankBefore && lines[i].blankAfter {
		return false
	}
	for j := i + 1; j < min(len(lines), i+8); j++ {
		if lines[j].fold == lines[i].fold && lines[j].blankAfter {
			return true
		}
	}
	return false
}
