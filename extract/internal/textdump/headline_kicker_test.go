package textdump

import (
	"fmt"
	"strings"
	"testing"
)

func TestCutShownKicker(t *testing.T) {
	cases := []struct {
		name string
		dump []string // the page's lines; the headline line is the first
		want string
	}{
		{"rest as its own line", []string{
			"Stadtgeschichte Der alte Hafen wird wieder eröffnet",
			"Der alte Hafen wird wieder eröffnet",
		}, "Der alte Hafen wird wieder eröffnet"},
		{"rest at the end of a breadcrumb", []string{
			"Steuern sparen Fahrtenbuch: Was das Finanzamt verlangt",
			"Start / Ratgeber / Fahrtenbuch: Was das Finanzamt verlangt",
		}, "Fahrtenbuch: Was das Finanzamt verlangt"},
		{"rest before a site name", []string{
			"Crisis de vivienda Los alquileres suben otra vez en la capital",
			"Los alquileres suben otra vez en la capital | El Diario Ejemplo",
		}, "Los alquileres suben otra vez en la capital"},
		{"soft hyphens in one place only", []string{
			"Klima Die Stadt pflanzt tausend neue Bäume",
			"Die Stadt pflanzt tau\u00adsend neue Bäume",
		}, "Die Stadt pflanzt tausend neue Bäume"},
		{"no line shows the rest apart", []string{
			"Stadtgeschichte Der alte Hafen wird wieder eröffnet",
			"Der alte Hafen wird wieder eröffnet, sagt die Stadt, im Mai.",
		}, "Stadtgeschichte Der alte Hafen wird wieder eröffnet"},
		{"the other line holds the whole headline", []string{
			"Season two Harbour lights return to the old pier",
			"Share: Season two Harbour lights return to the old pier",
			"Harbour lights return to the old pier",
		}, "Harbour lights return to the old pier"},
		{"only a line holding the whole headline", []string{
			"Umfrage – Die Mieten steigen weiter",
			"12 Kommentare zu Umfrage – Die Mieten steigen weiter",
		}, "Umfrage – Die Mieten steigen weiter"},
		{"rest shorter than the kicker", []string{
			"Ein Tag im Leben der Leute von Sri Lanka",
			"Sri Lanka",
		}, "Ein Tag im Leben der Leute von Sri Lanka"},
		{"rest in small letters", []string{
			"Keine Spielstraße zur Bunten Republik Neustadt",
			"zur Bunten Republik Neustadt",
		}, "Keine Spielstraße zur Bunten Republik Neustadt"},
		{"kicker longer than five words", []string{
			"News from the industry this week: new rules How hospitals use the new scanners",
			"How hospitals use the new scanners",
		}, "News from the industry this week: new rules How hospitals use the new scanners"},
		{"a label glued before the same word", []string{
			"Fahrradtour Fahrradtour an der Küste entlang",
		}, "Fahrradtour an der Küste entlang"},
		{"a label glued before the same words run together", []string{
			"Release Notes Releasenotes 2.4 – Fixes for the importer",
		}, "Releasenotes 2.4 – Fixes for the importer"},
		{"a word said twice over is the headline's", []string{
			"Aus! Aus! Das Spiel ist vorbei",
		}, "Aus! Aus! Das Spiel ist vorbei"},
		{"rest no longer than the kicker, kicker shown in the same line", []string{
			"Neue Zahlen vom Amt Mieten steigen weiter",
			"Mieten steigen weiter - Neue Zahlen vom Amt",
		}, "Mieten steigen weiter"},
		{"rest no longer than the kicker, shown alone", []string{
			"Neue Zahlen vom Amt Mieten steigen weiter",
			"Mieten steigen weiter",
		}, "Neue Zahlen vom Amt Mieten steigen weiter"},
		{"an article is no kicker", []string{
			"Die Zukunft von kleinen Windrädern",
			"Start / Zukunft von kleinen Windrädern",
		}, "Die Zukunft von kleinen Windrädern"},
		{"a colon does not set a part apart", []string{
			"Wirtschaft Minister Weber: Die Preise sinken bald",
			"Minister Weber: Die Preise sinken bald wieder",
			"Weber sagt: Die Preise sinken bald",
		}, "Wirtschaft Minister Weber: Die Preise sinken bald"},
	}
	// A list of related recipes far under the text names a plainer dish.
	far := []string{"Quick Lemon Drizzle Cake"}
	for i := range titleNear + 10 {
		far = append(far, fmt.Sprintf("Schritt %d: Den Teig eine Weile ruhen lassen und dann weiter rühren.", i+1))
	}
	cases = append(cases, struct {
		name string
		dump []string
		want string
	}{"rest shown only far below", append(far, "Lemon Drizzle Cake"), "Quick Lemon Drizzle Cake"})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(strings.Join(c.dump, "\n\n"))
			if got := cutShownKicker(lines, 0, lines[0].text); got != c.want {
				t.Errorf("cutShownKicker = %q, want %q", got, c.want)
			}
		})
	}
}

func TestLastCrumb(t *testing.T) {
	cases := []struct {
		name, line, want string
	}{
		{"guillemets", "Startseite » Rezepte » Kuchen » Zitronenkuchen vom Blech", "Zitronenkuchen vom Blech"},
		{"slashes", "Home / Travel / Europe / Ten quiet beaches in Portugal", "Ten quiet beaches in Portugal"},
		{"angle brackets", "Accueil > Actualités > Le port rouvre ses portes", "Le port rouvre ses portes"},
		{"one separator is no trail", "Wohnen / Bauen: Was ein Neubau heute kostet", "Wohnen / Bauen: Was ein Neubau heute kostet"},
		{"a headline without separators", "Harbour town votes to rebuild its old pier", "Harbour town votes to rebuild its old pier"},
		{"a trail ending in a separator", "Home » News » ", "Home » News » "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := lastCrumb(c.line); got != c.want {
				t.Errorf("lastCrumb(%q) = %q, want %q", c.line, got, c.want)
			}
		})
	}
}

// TestTextTitleSoftHyphens checks that the soft hyphens a browser's
// innerText keeps in a long word do not reach the title.
func TestTextTitleSoftHyphens(t *testing.T) {
	dump := strings.Join([]string{
		"Home", "Region", "Hafen",
		"Der Stadt\u00adrat be\u00adschließt den neuen Fähr\u00adan\u00adle\u00adger",
		"Von Anna Muster", "",
		"Der Rat der Stadt hat am Donnerstagabend mit sieben zu zwei Stimmen beschlossen, den alten Fähranleger neu zu bauen. " +
			"Seit den Stürmen des letzten Winters ist er gesperrt.", "",
		"Die Arbeiten sollen im Frühjahr beginnen und etwa achtzehn Monate dauern, sagte der Hafenmeister nach der Abstimmung. " +
			"Bis dahin legt die Fähre an einem Behelfssteg an.",
	}, "\n")
	wantTextTitle(t, dump, "Der Stadtrat beschließt den neuen Fähranleger")
}
