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
// its last byte t[last-n] is the line's last, or is a space after it
// (t[last-n-1] is then). Either way the head, trimmed, ends at a place q
// of the line's last byte, and ends with the part, so with the line's
// last minDoubled bytes: only the places where those bytes end are tried
// (found with strings.Index), each for the one or two lengths it allows.
// The answer is whether some length matches, found in any order.
func doubledCaption(s string) bool {
	if len(s) < 2*minDoubled {
		return false // trimmed, no longer
	}
	t := strings.TrimSpace(s)
	if len(t) > 600 || len(t) < 2*minDoubled {
		return false // no length from minDoubled to half the line
	}
	last := len(t) - 1
	hiN := len(t) / 2
	end := t[len(t)-minDoubled:]
	// A length n is tried where the head ends at q = last-n, or at
	// q = last-n-1 before a space, n from minDoubled to hiN; the head
	// holds the part, so q >= minDoubled-1.
	lo, hi := max(minDoubled-1, last-hiN-1), last-minDoubled
	for p := lo - (minDoubled - 1); p+minDoubled-1 <= hi; p++ {
		k := strings.Index(t[p:hi+1], end)
		if k < 0 {
			break
		}
		p += k
		q := p + minDoubled - 1 // the head ends here
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
