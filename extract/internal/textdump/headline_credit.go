package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// creditBelow reports whether line i is a picture's caption with the
// credit on a line of its own right under it ("Foto: Anna Muster", "©
// Agentur"), in a browser's innerText: the caption follows a paragraph,
// with an empty line above it, where a headline runs on under the menu or
// the kicker (innerText sets only paragraphs apart). A credit line right
// under a headline is the credit of the picture below it.
func creditBelow(lines []textLine, i int) bool {
	if i+1 >= len(lines) || !lines[i].blankBefore || lines[i].blankAfter {
		return false
	}
	n := lines[i+1]
	return n.words <= 6 && creditOpens(n.text)
}

// creditOpens reports whether s opens with the mark of a picture's credit.
func creditOpens(s string) bool {
	l := lang.ToLower(s)
	for _, m := range creditMarks {
		if strings.HasPrefix(l, m) {
			return true
		}
	}
	return false
}
