package textdump

import "strings"

// menuRunMin is how many very short lines, set one under the other without
// an empty line between them, make a menu.
const menuRunMin = 6

// inMenuRun reports whether line i stands inside a menu: a run of at least
// menuRunMin very short lines with no empty line between them, as a dump
// without list markers (innerText) shows a navigation bar. The run's last
// line is not counted in: a headline often follows the menu directly.
func inMenuRun(lines []textLine, i int) bool {
	if !menuItem(lines[i]) {
		return false
	}
	a := i
	for a > 0 && !lines[a].blankBefore && menuItem(lines[a-1]) {
		a--
	}
	b := i
	for b+1 < len(lines) && !lines[b+1].blankBefore && menuItem(lines[b+1]) {
		b++
	}
	return b-a+1 >= menuRunMin && i < b
}

// menuItem reports whether a line is short enough to be a menu's entry: at
// most four words and 30 letters, and not a sentence.
func menuItem(l textLine) bool {
	return l.words <= 4 && l.runes <= 30 && !strings.HasSuffix(l.text, ".")
}
