package clean

import "strings"

// DoubledCaption matches a line that says the same words twice, as a text
// dump shows an image whose alt text and caption are the same: "Der Hafen
// am Morgen Der Hafen am Morgen", or with a credit before it,
// "Agentur/FotografDer Hafen am MorgenDer Hafen am Morgen".
var DoubledCaption = TextRule{
	Name:  "doubled-caption",
	Match: doubledCaption,
}

// minDoubled is the fewest bytes the repeated part holds.
const minDoubled = 12

// doubledCaption reports whether the line s, trimmed, ends with a part of
// minDoubled bytes or more, three words or more, that the text before it
// (its spaces at the end trimmed) ends with too, and no longer than half
// the line. The head before a part of n bytes must end as the line does:
// its last byte t[last-n] is the line's last, or is a space after it. So
// only the places of the line's last byte are tried, found with
// strings.IndexByte, each for the one or two lengths it allows; the
// answer is whether some length matches, found in any order.
func doubledCaption(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > 600 || len(t) < 2*minDoubled {
		return false // no length from minDoubled to half the line
	}
	last := len(t) - 1
	c := t[last]
	hiN := len(t) / 2
	// A length n is tried where t[last-n] is c, or is a space and
	// t[last-n-1] is c: q = last-n or last-n-1, n from minDoubled to hiN.
	lo, hi := max(1, last-hiN-1), last-minDoubled
	for q := lo; q <= hi; q++ {
		k := strings.IndexByte(t[q:hi+1], c)
		if k < 0 {
			break
		}
		q += k
		// The head ends at q either way (t[q] is no space): its byte
		// before must be the line's before its last.
		if t[q-1] != t[last-1] {
			continue
		}
		if n := last - q; n <= hiN && doubledAt(t, n) {
			return true
		}
		if n := last - q - 1; n >= minDoubled && t[q+1] == ' ' && doubledAt(t, n) {
			return true
		}
	}
	return false
}

// doubledAt reports whether the last n bytes of t, three words or more,
// end the text before them, its spaces at the end trimmed.
func doubledAt(t string, n int) bool {
	tail := t[len(t)-n:]
	head := strings.TrimRight(t[:len(t)-n], " ")
	return strings.HasSuffix(head, tail) && len(strings.Fields(tail)) >= 3
}
