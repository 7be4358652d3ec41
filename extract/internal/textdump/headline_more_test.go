package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestMoreLink(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German count of recipes", "Weitere 14 Apfelkuchen Rezepte", true},
		{"German similar articles", "Ähnliche Artikel", true},
		{"English more stories", "More harbour stories", true},
		{"English recommended", "Recommended posts", true},
		{"Spanish", "Más recetas de otoño", true},
		{"French", "Autres recettes", true},
		{"Polish", "Podobne artykuły", true},
		{"a headline opening with more", "Mehr Geld für die Pflege", false},
		{"a headline ending with a kind of page", "Weitere Stellen fallen weg, sagt der Chef der Nachrichten", false},
		{"a long headline", "Weitere Artikel der Reihe erscheinen erst im Mai als Videos", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := moreLink(lang.LineWords(c.line)); got != c.want {
				t.Errorf("moreLink(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
