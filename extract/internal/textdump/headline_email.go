package textdump

import "strings"

// emailBelow reports whether an e-mail address stands alone on one of the
// two lines under line i: line i is then a name in a contact or author
// box ("Harbour Desk", "@harbourdesk", "desk@example.org"), not a
// headline.
func emailBelow(lines []textLine, i int) bool {
	for j := i + 1; j <= i+2 && j < len(lines); j++ {
		if emailAddress(lines[j].text) {
			return true
		}
	}
	return false
}

// emailAddress reports whether s is an e-mail address and nothing else.
func emailAddress(s string) bool {
	at := strings.IndexByte(s, '@')
	return at > 0 && !strings.ContainsAny(s, " \t") && strings.Contains(s[at:], ".") && !strings.HasSuffix(s, ".")
}
