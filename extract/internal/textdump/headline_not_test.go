package textdump

import (
	"strings"
	"testing"
)

// TestNotHeadlineInDumps checks, on whole dumps shaped like a browser's
// innerText, that a line of a class that is never the headline gives way
// to the headline.
func TestNotHeadlineInDumps(t *testing.T) {
	para := func(s string) string {
		return s + " Der Rat der Stadt hat am Donnerstagabend mit sieben zu zwei Stimmen beschlossen, den alten Steg neu zu bauen, " +
			"und die Arbeiten sollen im Frühjahr beginnen."
	}
	cases := []struct {
		name string
		dump []string
		want string
	}{
		{"recipe facts under the headline", []string{
			"Startseite", "Rezepte", "Kuchen", "",
			"Zitronenkuchen vom Blech",
			"412 Bewertungen",
			"Zubereitung 20 Min.",
			"Gesamt 1 Std. 10 Min.",
			"Portionen 16", "",
			para("Ein Kuchen für jeden Tag."), "",
			para("Die Zitronen geben ihm Frische."), "",
			para("Am besten schmeckt er am zweiten Tag."),
		}, "Zitronenkuchen vom Blech"},
		{"an imprint's company and postal code over the date", []string{
			"Start", "Region", "Hafen",
			"Warum der Steg so lange gesperrt war",
			"Teilen", "Drucken",
			"Verlag der Hafenstadt GmbH",
			"24103 Kiel",
			"12. März 2024", "",
			para("Der Steg wird gebaut."), "",
			para("Die Fähre fährt weiter."), "",
			para("Der Hafenmeister ist zufrieden."),
		}, "Warum der Steg so lange gesperrt war"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			wantTextTitle(t, strings.Join(c.dump, "\n"), c.want)
		})
	}
}
