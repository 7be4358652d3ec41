package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestDeckAbove(t *testing.T) {
	cases := []struct {
		name string
		dump string
		a, b string // the headline asked about and the line under it
		want bool
	}{
		{"a headline over its longer deck", "Home\nHafen baut neuen Anleger\nDer Rat stimmt nach langer Debatte für den Neubau des alten Fähranlegers\n\nDer Rat der Stadt hat am Donnerstag den neuen Anleger beschlossen.", "Hafen baut neuen Anleger", "Der Rat stimmt nach langer Debatte für den Neubau des alten Fähranlegers", true},
		{"a place as kicker is too short", "Home\nHafenstadt\nDer Rat stimmt für den Neubau des alten Fähranlegers\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "Hafenstadt", "Der Rat stimmt für den Neubau des alten Fähranlegers", false},
		{"a section label in capitals", "Home\nNEWS AUS DER REGION\nDer Rat stimmt für den Neubau des alten Fähranlegers\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "NEWS AUS DER REGION", "Der Rat stimmt für den Neubau des alten Fähranlegers", false},
		{"a date line", "Home\nMontag, 3. März 2025\nDer Rat stimmt für den Neubau des alten Fähranlegers\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "Montag, 3. März 2025", "Der Rat stimmt für den Neubau des alten Fähranlegers", false},
		{"the line under it is shorter", "Home\nDer Rat stimmt nach langer Debatte für den Neubau\nHafen baut neu\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "Der Rat stimmt nach langer Debatte für den Neubau", "Hafen baut neu", false},
		{"a paywall note shares no word with the article", "Home\nFrei lesbar bis 18:30 Uhr\nDer Rat stimmt nach langer Debatte für den Neubau des alten Fähranlegers\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "Frei lesbar bis 18:30 Uhr", "Der Rat stimmt nach langer Debatte für den Neubau des alten Fähranlegers", false},
		{"a paragraph above is no headline", "Home\n\nDie Stadt plant seit Jahren einen neuen Anleger\n\nDer Rat stimmt nach langer Debatte für den Neubau des alten Fähranlegers\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "Die Stadt plant seit Jahren einen neuen Anleger", "Der Rat stimmt nach langer Debatte für den Neubau des alten Fähranlegers", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			ia, ib := -1, -1
			for k, l := range lines {
				switch l.text {
				case c.a:
					ia = k
				case c.b:
					ib = k
				}
			}
			if ia < 0 || ib < 0 {
				t.Fatalf("lines %q, %q not read", c.a, c.b)
			}
			var v regionVocab
			ids := v.add(lang.LineWords(lines[ia].text))
			v.count(lines, ib, ib, len(lines))
			if got := deckAbove(lines[ia], lines[ib], v.share(ids, false, false) > 0); got != c.want {
				t.Errorf("deckAbove(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
			}
		})
	}
}

// TestTextTitleDeckAbove checks that in a browser's innerText, where the
// headline and its longer deck run on without an empty line above the first
// paragraph, the headline wins over the deck that opens the article.
func TestTextTitleDeckAbove(t *testing.T) {
	dump := strings.Join([]string{
		"Port Aldery Gazette", "Home", "Harbour", "Council", "Events",
		"Ferry pier to be rebuilt",
		"After a long debate the council of Port Aldery votes to rebuild the old ferry pier of the town", "",
		"The ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back. " +
			"The vote of the town council ended a debate that had split the town since the last boat left.", "",
		"Building the new pier will take two years and cost more than the town spends on its roads in a decade. " +
			"The state has promised to pay for most of it, the council says, and to rebuild the wall of the old harbour.", "",
		"Ferry companies have said they would return once the pier is safe, and the first of them has asked for a date. " +
			"The harbour master expects the first boats in the spring after next.",
	}, "\n")
	wantTextTitle(t, dump, "Ferry pier to be rebuilt")
}
