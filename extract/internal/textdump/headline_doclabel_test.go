package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestDocumentLabel(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German press release", "Pressemitteilung des Hafenamts Kiel", true},
		{"Swiss press release", "Medienmitteilung der Baudirektion", true},
		{"English press release", "Press release from the harbour office", true},
		{"French", "Communiqué de la mairie", true},
		{"figure caption", "Figure 2. Ferry traffic by month", true},
		{"German figure caption", "Abb. 3: Der Anleger im Winter", true},
		{"table caption", "Tabelle 1 Fahrgäste je Linie", true},
		{"graphical abstract", "Graphical abstract. Tides and ferries", true},
		{"a label glued to its headline", "Pressemitteilung des Hafenamts: Die Fähre fährt wieder", false},
		{"a headline about a press release", "Pressemitteilungen werden künftig digital verschickt", false},
		{"a headline opening with a figure word", "Figure skating returns to the harbour rink", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := documentLabel(c.line, lang.LineWords(c.line)); got != c.want {
				t.Errorf("documentLabel(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
