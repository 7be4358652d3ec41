package extract

import (
	"strings"
	"testing"
)

func TestLabelColon(t *testing.T) {
	cases := []struct {
		name, dump string
		want       int
	}{
		{"a colon on its own line", "Mitteilung der Baudirektion\n:\nDer Hafen wird neu gebaut", 2},
		{"a colon that ends the label", "Mitteilung der Baudirektion:\nDer Hafen wird neu gebaut\nMehr", -1},
		{"no headline under it", "Mitteilung der Baudirektion\n:\n12.03.2024", -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := labelColon(readLines(c.dump), 0); got != c.want {
				t.Errorf("labelColon = %d, want %d", got, c.want)
			}
		})
	}
}

// TestTextTitleLabelColon checks that a press release's label, its colon
// set on a line of its own, gives way to the headline under it.
func TestTextTitleLabelColon(t *testing.T) {
	dump := strings.Join([]string{
		"Kanton Seeland", "Themen", "Dienstleistungen", "Über uns",
		"12. März 2024", "Zurück zur Übersicht",
		"Medienmitteilung der Bau- und Verkehrsdirektion",
		":",
		"Der alte Fährsteg wird bis Ende Jahr neu gebaut", "",
		"In einer Medienmitteilung teilt die Bau- und Verkehrsdirektion mit, sie lasse den alten Fährsteg in Seedorf neu bauen. Die Arbeiten beginnen im April " +
			"und dauern bis Ende Jahr, die Fähre fährt in dieser Zeit vom Ersatzsteg im Norden.", "",
		"Der Steg war vor zwei Jahren gesperrt worden, weil seine Pfähle morsch waren. Der Neubau kostet 2,4 Millionen Franken.", "",
		"Die Direktion informiert die Anwohnerinnen und Anwohner an einem Abend im April.",
	}, "\n")
	wantTextTitle(t, dump, "Der alte Fährsteg wird bis Ende Jahr neu gebaut")
}
