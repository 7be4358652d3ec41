package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestControlLine(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"English report link", "Report this comment", true},
		{"English sign-up button", "Join today", true},
		{"English share button", "Share this recipe", true},
		{"German page selector", "Kategorie auswählen", true},
		{"German share by mail", "Per E-Mail versenden", true},
		{"German newsletter sign-up", "Zum Newsletter anmelden", true},
		{"German recipe button", "Rezept drucken", true},
		{"German how-to headline", "Fotos richtig speichern", false},
		{"German how-to headline with a page verb", "Tomaten richtig schneiden", false},
		{"German career headline", "Lehrer werden", false},
		{"German request", "Bitte warten, die Seite wird geladen.", true},
		{"Spanish field", "Seleccione una ciudad", true},
		{"Spanish request", "Por favor, espere un momento", true},
		{"French request", "Veuillez patienter", true},
		{"Polish button", "Wybierz miasto", true},
		{"a long English headline opening with a verb", "Share prices fall as the harbour strike enters its third week", false},
		{"a German headline ending with a verb", "Warum wir mehr Bäume pflanzen sollten und nicht werden", false},
		{"a German headline", "Der Hafen öffnet die Fähranleger wieder", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
		{"one word", "Teilen", false},
		{"a short English headline opening with a verb", "Share prices tumble", false},
		{"a short German headline ending with a verb", "Wie wir Millionäre werden", false},
		{"Spanish form note", "Seleccione el autor del artículo en la configuración del módulo", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := controlLine(lang.LineWords(c.line)); got != c.want {
				t.Errorf("controlLine(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
