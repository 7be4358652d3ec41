package textdump

import (
	"strings"
	"testing"
)

// TestTextTitleRestart checks that a dated headline standing inside the
// article region after a menu is found when nothing dated stands near the
// region's start, and not when it is one of a feed of dated items or no
// menu parts it from the text above.
func TestTextTitleRestart(t *testing.T) {
	intro := []string{
		"Wir setzen uns seit vielen Jahren für eine offene Gesellschaft ein, in der jeder Mensch seinen eigenen Weg gehen kann. Dafür arbeiten wir jeden Tag im Parlament und vor Ort.",
		"Unsere Abgeordneten sind in allen Ausschüssen vertreten und bringen dort ihre Erfahrung aus Beruf, Familie und Ehrenamt ein. Sprechen Sie uns an, wir freuen uns auf Sie.",
	}
	menu := []string{"Ziele", "Köpfe", "Themen", "Termine", "Presse", "Mediathek", "Kontakt", "Newsletter", "Mitmachen", "Fraktion", "Debatte", "Anträge", "Reden", "Archiv", "Suche"}
	body := []string{
		"Der Fähranleger von Hafenstadt steht seit zwanzig Jahren leer, und der Rat will die Fähren nun zurückholen. Die Abstimmung beendete einen Streit, der die Stadt seit der letzten Abfahrt gespalten hatte.",
		"Der Bau des neuen Anlegers wird zwei Jahre dauern und mehr kosten, als die Stadt in zehn Jahren für ihre Straßen ausgibt. Das Land hat versprochen, den größten Teil davon zu zahlen.",
		"Die Reedereien wollen zurückkehren, sobald der Anleger sicher ist, und die erste hat schon nach einem Termin gefragt. Der Hafenmeister erwartet die ersten Schiffe im übernächsten Frühjahr.",
		"Bis dahin fahren Busse zum Nachbarhafen, der eine halbe Stunde entfernt liegt. Die Fahrgäste haben sich daran gewöhnt, doch viele hoffen auf die Rückkehr der Fähren und der Gäste.",
	}
	const headline = "Der Rat stimmt für den Neubau des Fähranlegers"
	cases := []struct {
		name  string
		lines []string
		want  bool // the headline is the title
	}{
		{"dated headline after a menu", join([]string{"Fraktion Beispiel", ""}, intro, menu, []string{"", headline, "27.10.2021", ""}, body), true},
		{"with a byline under it", join([]string{"Fraktion Beispiel", ""}, intro, menu, []string{"", headline, "Von Anna Muster", ""}, body), true},
		{"a standfirst between it and its byline", join([]string{"Fraktion Beispiel", ""}, intro, menu, []string{"", headline, "",
			"Zwanzig Jahre lag der Anleger still, nun soll er wieder Fähren sehen: Der Rat hat entschieden, und die Stadt freut sich darauf.", "", "Von Anna Muster", ""}, body), true},
		{"no menu before it", join([]string{"Fraktion Beispiel", ""}, intro, body, intro, body, []string{"", headline, "27.10.2021", ""}, body), false},
		{"one of a feed of dated items", join([]string{"Fraktion Beispiel", ""}, intro, menu, []string{"", headline, "27.10.2021", ""}, body[:2],
			[]string{"", "Die Busse fahren öfter zum Nachbarhafen", "26.10.2021", ""}, body[2:]), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := extractText([]byte(strings.Join(c.lines, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			if got := doc.Title == headline; got != c.want {
				t.Errorf("title = %q, want the headline: %v", doc.Title, c.want)
			}
		})
	}
}

// join puts lists of lines one after the other.
func join(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
