package textdump

import "strings"

// setApart reports whether empty lines stand above and below line i, as a
// text browser sets a heading apart. The dump's first line is not: there is
// nothing above it to set it apart from, and it is where a page shows its
// site's name; nor is the line under it when nothing dates it (datedBelow),
// as it is the site's tagline, while a headline there is dated. A form field the browser shows right above the heading (a
// menu's toggle "[ ]", a search box) or the heading's kicker stands
// inside the heading's empty lines, with no empty line between them.
func setApart(lines []textLine, i int) bool {
	if i == 0 || !lines[i].blankAfter || i == 1 && !datedBelow(lines, i) {
		return false
	}
	p := lines[i-1]
	return lines[i].blankBefore || (fieldLine(p.text) || kickerOver(p, lines[i])) && p.blankBefore
}

// kickerOver reports whether line p, right above line l, is the kicker
// of heading l: a label of three words at most that does not read as text
// and ends no sentence ("Local News |", "Interview"), over a longer
// heading of three words or more. A page sets the two apart together, as
// one heading.
func kickerOver(p, l textLine) bool {
	return p.words >= 1 && p.words <= 3 && !p.prose && !p.bullet && !strings.HasSuffix(p.text, ".") && p.runes < l.runes && l.words >= 3
}

// fieldLine reports whether a line is a small form as a text browser
// draws it: an empty field (a text box or a check box) and what labels it,
// closed by a field or a button: "[ ]", "Suche: [          ] [Los]". A
// line that goes on in words after its field is a row of links.
func fieldLine(s string) bool {
	if !strings.HasSuffix(s, "]") {
		return false
	}
	k := strings.Index(s, "[")
	for k >= 0 {
		e := strings.Index(s[k:], "]")
		if e < 0 {
			return false
		}
		if strings.TrimSpace(s[k+1:k+e]) == "" && e > 1 {
			return len(strings.Fields(s)) <= 6
		}
		n := strings.Index(s[k+e:], "[")
		if n < 0 {
			return false
		}
		k += e + n
	}
	return false
}

// standfirstApartMargin is how far below the best score a heading may
// stand and still win over the standfirst set apart under it. The two
// are close: the standfirst shares more words with the article and
// stands closer to it, while a kicker over its headline has the same
// shape, so only a near tie goes to the line above.
const standfirstApartMargin = 2.25

// standfirstApart reports whether line b, set apart right under line a
// that is set apart too, reads as the standfirst of heading a in a text
// browser's dump: at least twice as long as a heading of two words or
// more that is no list of tags.
func standfirstApart(lines []textLine, a, b int) bool {
	h := lines[a]
	return setApart(lines, a) && setApart(lines, b) && h.words >= 2 && 2*h.runes <= lines[b].runes && strings.Count(h.text, ",") < 2
}
