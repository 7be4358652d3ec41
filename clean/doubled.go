package clean

import "strings"

// DoubledCaption matches a line that says the same words twice, as a text
// dump shows an image whose alt text and caption are the same: "Der Hafen
// am Morgen Der Hafen am Morgen", or with a credit before it,
// "Agentur/FotografDer Hafen am MorgenDer Hafen am Morgen".
var DoubledCaption = TextRule{
	Name: "doubled-caption",
	Match: func(s string) bool {
		t := strings.TrimSpace(s)
		if len(t) > 600 {
			return false
		}
		// The repeated part runs to the end of the line; try each
		// length, longest first.
		last := len(t) - 1
		for n := len(t) / 2; n >= 12; n-- {
			if c := t[last-n]; c != t[last] && (c != ' ' || t[last-n-1] != t[last]) {
				continue // the head must end as the line does
			}
			tail := t[len(t)-n:]
			head := strings.TrimRight(t[:len(t)-n], " ")
			if strings.HasSuffix(head, tail) && len(strings.Fields(tail)) >= 3 {
				return true
			}
		}
		return false
	},
}
