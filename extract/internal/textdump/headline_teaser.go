package textdump

import "strings"

// teaserLabelWords is how long the label under each entry of a list may be.
const teaserLabelWords = 4

// listEntry reports whether line i is an entry of a list whose entries
// each end with the same short label, as teasers end with "Link zum
// Artikel" or "Read more" and pictures of a gallery with "Merken": the
// label stands right under it (or a line further) and ends the two
// entries above too. A section's name shown in the menu, over the
// headline as its kicker and under it again ends one line above it. A text browser's label of a picture or an ad in
// brackets ("[Bild]"), which may stand anywhere, is no such label.
func listEntry(lines []textLine, i int) bool {
	for j := i + 1; j <= i+2 && j < len(lines); j++ {
		l := lines[j]
		if l.words == 0 || l.words > teaserLabelWords || l.shown < 3 || strings.HasPrefix(l.text, "[") {
			continue
		}
		n := 0
		for k := max(0, i-8); k < i; k++ {
			if lines[k].fold == l.fold {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}
