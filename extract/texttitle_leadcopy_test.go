package extract

import (
	"strings"
	"testing"
)

func TestLeadCopy(t *testing.T) {
	cases := []struct {
		name, dump string
		want       bool
	}{
		{"repeated over the text", "Der Steg bleibt bis Mai gesperrt, sagt die Stadt\nFoto: Muster\n\nDer Steg bleibt bis Mai gesperrt, sagt die Stadt\n\nText", true},
		{"shown once", "Der Steg bleibt bis Mai gesperrt, sagt die Stadt\nFoto: Muster\n\nText", false},
		{"a paragraph itself", "\nDer Steg bleibt bis Mai gesperrt, sagt die Stadt\n\nFoto: Muster\nDer Steg bleibt bis Mai gesperrt, sagt die Stadt\n\nText", false},
		{"repeated far below", "Der Steg bleibt bis Mai gesperrt, sagt die Stadt\na\nb\nc\nd\ne\nf\ng\nDer Steg bleibt bis Mai gesperrt, sagt die Stadt\n\nText", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := leadCopy(readLines(c.dump), 0); got != c.want {
				t.Errorf("leadCopy = %v, want %v", got, c.want)
			}
		})
	}
}

// TestTextTitleLeadCopy checks that in a browser's innerText a standfirst
// that the page repeats over the text gives way to the headline above it.
func TestTextTitleLeadCopy(t *testing.T) {
	dump := strings.Join([]string{
		"Kirche im Norden", "Aktuell", "Termine", "Seiten-Übersicht", "Shop",
		"19.11.2021",
		"Hafenkapelle: Gottesdienste finden weiter am Steg statt",
		"Pfarrerin Muster: „Wir feiern draußen, solange das Wetter es erlaubt“",
		"Die Kapelle am Hafen ist wegen Bauarbeiten geschlossen. Foto: Muster",
		"Pfarrerin Muster: „Wir feiern draußen, solange das Wetter es erlaubt“", "",
		"Seedorf (kin) – Die Gottesdienste der Hafenkapelle finden bis zum Frühjahr am alten Steg statt. " +
			"Die Kapelle selbst bleibt wegen Bauarbeiten am Dach geschlossen, teilte die Gemeinde am Freitag mit.", "",
		"Pfarrerin Anna Muster sagte, die Gemeinde feiere draußen, solange das Wetter es erlaube. Bei Regen weiche man in das Bootshaus aus.", "",
		"Die Bauarbeiten an der Kapelle sollen im März abgeschlossen sein.",
	}, "\n")
	wantTextTitle(t, dump, "Hafenkapelle: Gottesdienste finden weiter am Steg statt")
}
