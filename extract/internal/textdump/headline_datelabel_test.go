package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestDateLabel(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"Spanish", "Fecha de publicación", true},
		{"English", "Date of publication", true},
		{"German", "Datum der Veröffentlichung", true},
		{"Polish", "Data publikacji", true},
		{"with its date", "Fecha de publicación: 3 de mayo de 2021", false},
		{"a headline about a publication", "Die Veröffentlichung des Berichts verzögert sich", false},
		{"a headline about time", "Zeit für einen neuen Hafen", false},
		{"a long headline", "Zeit der Veröffentlichung des neuen Hafenplans ist weiter offen", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := dateLabel(c.line, lang.LineWords(c.line)); got != c.want {
				t.Errorf("dateLabel(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
