package textdump

import (
	"strings"
	"testing"
)

func TestParagraphUnderDate(t *testing.T) {
	cases := []struct {
		name string
		dump string
		want string // the date line or byline found, "" for none
	}{
		{"a caption under the date", "Die Stadt baut am Hafen\n12. März 2024\nLokales\n\nDer alte Anleger im Winter, vom Hafen aus gesehen mit der Fähre davor\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "12. März 2024"},
		{"a standfirst under the byline", "Die Stadt baut am Hafen\nVon Anna Muster\n\nDer Rat stimmt nach langer Debatte für den Neubau des alten Anlegers am Hafen\n\nDer Rat der Stadt hat am Donnerstag entschieden.", "Von Anna Muster"},
		{"no date above", "Die Stadt baut am Hafen\nLokales\n\nDer alte Anleger im Winter, vom Hafen aus gesehen mit der Fähre davor\n\nDer Rat der Stadt hat am Donnerstag entschieden.", ""},
		{"a paragraph with its date under it", "Die Stadt baut am Hafen\n12. März 2024\n\nDer alte Anleger im Winter, vom Hafen aus gesehen mit der Fähre davor\n\n14. März 2024\nDer Rat der Stadt hat am Donnerstag entschieden.", ""},
		{"a line run on with the next", "Die Stadt baut am Hafen\n12. März 2024\n\nDer alte Anleger im Winter, vom Hafen aus gesehen mit der Fähre davor\nDer Rat der Stadt hat am Donnerstag entschieden.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			i := -1
			for k, l := range lines {
				if strings.HasPrefix(l.text, "Der alte Anleger") || strings.HasPrefix(l.text, "Der Rat stimmt") {
					i = k
				}
			}
			if i < 0 {
				t.Fatal("paragraph not read")
			}
			got := ""
			if d := paragraphUnderDate(lines, i); d >= 0 {
				got = lines[d].text
			}
			if got != c.want {
				t.Errorf("paragraphUnderDate = %q, want %q", got, c.want)
			}
		})
	}
}

// TestTextTitleParagraphUnderDate checks that in a browser's innerText a
// picture's caption set apart between the headline's date and the article
// gives way to the headline above the date.
func TestTextTitleParagraphUnderDate(t *testing.T) {
	dump := strings.Join([]string{
		"Port Aldery Gazette", "Home", "Podcast", "Council", "Events",
		"Quay plan divides the islanders",
		"By Sam Example",
		"March 12, 2024", "",
		"The old ferry pier of Port Aldery on a winter morning, seen from the harbour wall with the council house behind it", "",
		"The ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back. " +
			"The vote of the town council ended a debate that had split the town since the last boat left.", "",
		"Building the new pier will take two years and cost more than the town spends on its roads in a decade. " +
			"The state has promised to pay for most of it, the council says, and to rebuild the wall of the old harbour.", "",
		"Ferry companies have said they would return once the pier is safe, and the first of them has asked for a date.",
	}, "\n")
	wantTextTitle(t, dump, "Quay plan divides the islanders")
}
