package clean

import "testing"

func TestWidgetEmpty(t *testing.T) {
	runTextRule(t, WidgetEmpty, []textRuleCase{
		{"german events", "Es gibt derzeit keine bevorstehenden Termine.", true},
		{"german comments", "Noch keine Kommentare vorhanden", true},
		{"english", "There are no upcoming events at this time.", true},
		{"spanish", "No hay comentarios todavía.", true},
		{"short article sentence", "Es gibt derzeit keine Lösung für das Problem.", false},
		{"article sentence", "Für das neue Stadion gibt es noch keine Pläne, sagte der Bürgermeister.", false},
		{"long line", "Es gibt derzeit keine Hinweise darauf, dass das Virus sich in der Region weiter ausbreitet, teilte das Gesundheitsamt am Montag mit.", false},
	})
}
