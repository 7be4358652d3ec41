package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

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

// crumbSpelledOut is how many lines under a breadcrumb's last entry are
// looked at for the headline it shortens.
const crumbSpelledOut = 4

// crumbHeadline reports whether line i is the last entry of a numbered
// breadcrumb trail (crumbEnd) that names the page in full: the page's own
// headline, which a text browser sets right under the trail, often in a
// shorter form of its own. A trail that shortens the headline, whose
// words a line just under it holds with more ("Auto kaufen" above "Auto
// leasen oder kaufen?"), is not; a kicker glued before the same words
// ("Wahl 2024 Auto kaufen") shortens nothing.
func crumbHeadline(lines []textLine, i int) bool {
	if !crumbEnd(lines, i) {
		return false
	}
	own := lang.LineWords(lines[i].text)
	for j := i + 1; j < min(len(lines), i+1+crumbSpelledOut); j++ {
		if lines[j].words > len(own) && holdsWords(lines[j].text, own) && !strings.HasSuffix(lines[j].fold, lines[i].fold) {
			return false
		}
	}
	return true
}

// holdsWords reports whether every one of ws is a word of s.
func holdsWords(s string, ws []string) bool {
	have := map[string]bool{}
	for _, w := range lang.LineWords(s) {
		have[w] = true
	}
	for _, w := range ws {
		if !have[w] {
			return false
		}
	}
	return true
}
