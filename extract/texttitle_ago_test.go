package extract

import (
	"strings"
	"testing"
)

func TestRelativeDate(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool
	}{
		{"German", "Erstellt: vor 4 Stunden", true},
		{"German, updated", "Aktualisiert: vor 2 Tagen", true},
		{"English", "Published: 3 hours ago", true},
		{"Spanish", "Publicado: hace 5 horas", true},
		{"French", "Publié : il y a 2 heures", true},
		{"no label: a teaser's age", "vor 4 Stunden", false},
		{"a duration", "Lesedauer: 4 Minuten", false},
		{"a sentence", "Erstellt: vor 4 Stunden hat der Rat den Hafen gesperrt und die Fähre umgeleitet", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := relativeDate(readLines(c.line)[0]); got != c.want {
				t.Errorf("relativeDate(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// TestTextTitleRelativeDate checks that a headline dated by how long ago
// it was published is taken for the headline, and its relative dates are
// not.
func TestTextTitleRelativeDate(t *testing.T) {
	dump := strings.Join([]string{
		"Weinwelt", "Wein und Speisen", "Wein und Reisen", "Wein und Gesundheit",
		"Jetzt teilen!", "Facebook", "E-Mail",
		"Seeweine: Eleganz und Charakter",
		"Anna Muster",
		"Erstellt: vor 4 Stunden",
		"Aktualisiert: vor 20 Stunden",
		"3 Min. Lesedauer",
		"Rebhänge über dem See, im Abendlicht © Foto: Muster",
		"An den Hängen über dem See wachsen Weißweine, die mit Frische überzeugen.", "",
		"Die Winzer am Ufer des Sees bauen seit Jahrhunderten Wein an. Der See mildert die Winter, und die Hänge fangen die Sonne. " +
			"So reifen die Trauben langsam und behalten ihre Säure, was den Weinen ihre Frische gibt.", "",
		"Am bekanntesten ist der Weißwein aus der alten Rebsorte des Ufers, der jung getrunken wird. Er passt zu Fisch aus dem See und zu Käse aus den Bergen.", "",
		"Wein und Speisen", "Wein und Reisen", "Wein und Gesundheit",
	}, "\n")
	wantTextTitle(t, dump, "Seeweine: Eleganz und Charakter")
}
