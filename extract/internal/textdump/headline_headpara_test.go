package textdump

import (
	"strings"
	"testing"
)

func TestHeadOverParagraph(t *testing.T) {
	cases := []struct {
		name, dump string
		want       bool
	}{
		{"a heading run into its standfirst", "Menü\nLeben am Hafen\n\nWie die Stadt ihren alten Hafen wieder belebt\n\nText", true},
		{"a standfirst barely longer", "Menü\nLeben am Hafen\n\nDer Hafen lebt wieder auf\n\nText", false},
		{"a heading set apart", "Menü\n\nLeben am Hafen\n\nWie die Stadt ihren alten Hafen wieder belebt\n\nText", false},
		{"a paragraph run on", "Menü\nLeben am Hafen\n\nWie die Stadt ihren alten Hafen wieder belebt\nText", false},
		{"one word", "Menü\nHafen\n\nWie die Stadt ihren alten Hafen wieder belebt\n\nText", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := headOverParagraph(readLines(c.dump), 1, 2); got != c.want {
				t.Errorf("headOverParagraph = %v, want %v", got, c.want)
			}
		})
	}
}

// TestTextTitleHeadOverParagraph checks that in a browser's innerText a
// short heading over its standfirst is the headline, not the standfirst.
func TestTextTitleHeadOverParagraph(t *testing.T) {
	dump := strings.Join([]string{
		"Suchen", "Jetzt spenden", "Startseite", "Mitmachen",
		"Leben am Hafen",
		"© Foto: Anna Muster",
		"Leben am Ufer",
		"", "Wohnungen und Läden statt Lagerhallen",
		"", "Die Stadt hat ihren Hafen lange vergessen. Nun kehren die Menschen zurück: Sie leben am Hafen, sie arbeiten dort, und die Fähre fährt wieder. " +
			"Was es braucht, damit das so bleibt, zeigen die Pläne des Rats.",
		"", "Jede Woche kommen mehr Besucher an den Hafen, und die neuen Läden und Wohnungen am Kai statt der alten Lagerhallen sind gefragt. Am Wasser zu leben ist wieder gefragt.",
		"", "Der Rat will den Kai im nächsten Jahr neu pflastern lassen.",
	}, "\n")
	wantTextTitle(t, dump, "Leben am Ufer")
}
