package extract

// crumbEnd reports whether line i is the last entry of a breadcrumb trail
// that a text browser sets as a numbered list, one step a line with no
// empty line between them: two or more short entries ("1. Start", "2.
// Region"), then the page the trail leads to, longer, and no entry after
// it.
func crumbEnd(lines []textLine, i int) bool {
	l := lines[i]
	if !l.ordered || l.rule != "" || l.date || l.words < 4 || l.runes > 200 || l.strong {
		return false
	}
	if i+1 < len(lines) && lines[i+1].ordered && !l.blankAfter {
		return false
	}
	steps := 0
	for j := i - 1; j >= 0 && lines[j].ordered && !lines[j+1].blankBefore; j-- {
		if lines[j].words > 3 || lines[j].runes > 30 {
			return false
		}
		steps++
	}
	return steps >= 2
}
