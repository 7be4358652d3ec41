package textdump

import (
	"strings"
	"testing"
)

func TestGluedDates(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"published and updated run together", "3. März 20215. März 2021 Anna Muster Kultur, Theater", true},
		{"the same day twice", "14. Oktober 201914. Oktober 2019 redaktion", true},
		{"after a label", "Veröffentlicht am 2. Mai 20182. Mai 2018 von Jan", true},
		{"a day of one figure after", "28. Februar 20221. März 2022 Lena Vogt", true},
		{"English order", "Posted on May 3, 20215 May 2021 by sam", true},
		{"a single date with its author", "3. März 2021 Anna Muster Kultur, Theater", false},
		{"a date and a time", "3. März 2021 14:05 Uhr", false},
		{"a headline with a year", "Das Jahr 2021 in Bildern", false},
		{"a long number", "Bestellnummer 2021563 ab 5. März 2021 lieferbar", false},
		{"no date", "Anna Muster", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := gluedDates(c.line); got != c.want {
				t.Errorf("gluedDates(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// TestTextTitleOverGluedDates checks that the headline over a post's dates
// run together wins over a subheading that opens the text.
func TestTextTitleOverGluedDates(t *testing.T) {
	dump := strings.Join([]string{
		"Harbour Blog", "",
		"  • Home", "  • Boats", "  • About", "",
		"[header-picture]", "",
		"Old ferry pier will be rebuilt after a long debate in the council", "",
		"12. März 202414. März 2024 Maggie Thornton Harbour, Council, Pier", "",
		"[pier-photo]", "",
		"The vote", "",
		"The town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier, which has been closed since the storms of last winter damaged its wooden deck beyond repair.",
		"",
		"The works are to start in spring and should take about eighteen months, the harbour master said after the vote, adding that the ferry would use a temporary landing stage in the meantime.",
	}, "\n")
	doc := FromText(dump)
	if want := "Old ferry pier will be rebuilt after a long debate in the council"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}

func TestOpensLikeDate(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"day first", "3. März 2021 von Anna", true},
		{"month first", "March 3, 2021 @ 10:12", true},
		{"weekday first", "Dienstag, 9. Juli 2013", true},
		{"a word first", "Bericht vom 3. März 2021", false},
		{"no digit", "März und April", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := opensLikeDate(tt.in); got != tt.want {
				t.Errorf("opensLikeDate(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
