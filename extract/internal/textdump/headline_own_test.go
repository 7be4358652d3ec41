package textdump

import (
	"strings"
	"testing"
)

func TestDatedByline(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German blog dateline", "1. Januar 2016 von Anna Muster 2 Kommentare", true},
		{"English dateline with time and author label", "March 3, 2021 @ 10:12 // Author: sam // 1 min read", true},
		{"Spanish dateline", "12 de marzo de 2021 por María Pérez", true},
		{"a date alone", "14. März 2024", false},
		{"a headline that holds a date", "Bericht zur Lage vom 22.04.2020 – was kommt jetzt?", false},
		{"a date with its place", "3 mars 2022, Paris", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := datedByline(c.line); got != c.want {
				t.Errorf("datedByline(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// TestTextTitleOverStandfirstOpeningRegion checks that a standfirst the
// article's region opens with does not win over the headline above it
// because its own words count as words of the article.
func TestTextTitleOverStandfirstOpeningRegion(t *testing.T) {
	dump := strings.Join([]string{
		"  • Start", "  • Hafen", "  • Rat", "  • Termine", "",
		"Neuer Anleger für Port Aldery", "",
		"Nach langem Streit einigt sich der Stadtrat auf einen Neubau am Hafen, der bis zum Herbst stehen soll", "",
		"Der Stadtrat von Port Aldery hat am Donnerstagabend mit sieben zu zwei Stimmen beschlossen, den alten Fähranleger neu zu bauen. Er ist seit den Stürmen des letzten Winters gesperrt.", "",
		"Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, sagte der Hafenmeister nach der Abstimmung. Bis dahin legt die Fähre an einem provisorischen Steg an.", "",
	}, "\n")
	doc := FromText(dump)
	if want := "Neuer Anleger für Port Aldery"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}
