package extract

import "strings"

// setApart reports whether empty lines stand above and below line i, as a
// text browser sets a heading apart. The dump's first line is not: there is
// nothing above it to set it apart from, and it is where a page shows its
// site's name. A form field the browser shows right above the heading (a
// menu's toggle "[ ]", a search box) stands inside the heading's empty
// lines, with no empty line of its own between them.
func setApart(lines []textLine, i int) bool {
	if i == 0 || !lines[i].blankAfter {
		return false
	}
	return lines[i].blankBefore || fieldLine(lines[i-1].text) && lines[i-1].blankBefore
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
