package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestBrowserNotice(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"English JavaScript notice", "Sorry, but your browser needs JavaScript to use this site", true},
		{"German outdated browser", "Ihr Browser wird leider nicht mehr unterstützt!", true},
		{"German social button", "Wenn Sie diesen Button anklicken, werden Daten an das Netzwerk übertragen", true},
		{"menu toggle", "Toggle navigation", true},
		{"Spanish login prompt", "Ingrese o regístrese para guardar los artículos", true},
		{"French browser notice", "Votre navigateur est obsolète", true},
		{"a German headline", "Der Hafen öffnet die Fähranleger wieder", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
		{"a Spanish headline", "El puerto vuelve a abrir el muelle de los ferris", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := browserNotice(lang.LineWords(c.line)); got != c.want {
				t.Errorf("browserNotice(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
