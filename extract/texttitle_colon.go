package extract

// labelColon returns the headline under a label whose colon a browser's
// innerText sets on a line of its own ("Medienmitteilung der Direktion",
// ":", the headline), or -1. Such a label, run on with its colon, would
// never be weighed as a headline (titleLike).
func labelColon(lines []textLine, i int) int {
	c := i + 2
	if c >= len(lines) || lines[i+1].text != ":" || !titleCandidate(lines, c) {
		return -1
	}
	return c
}
