package textdump

import "testing"

func TestUnglueTitle(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"kicker before a spaced colon", "Neue Regeln im Hafen : Wie Fischer ihre Fänge melden müssen", "Wie Fischer ihre Fänge melden müssen"},
		{"kicker glued to a colon", "Mitteilung der Stadtwerke :Wasser wird ab Mai teurer", "Wasser wird ab Mai teurer"},
		{"French spaced colon stays", "Retraites : le gouvernement recule sur la réforme", "Retraites : le gouvernement recule sur la réforme"},
		{"kicker glued to a quotation", `Streit im Rat"Wir bauen die Brücke trotzdem"`, `"Wir bauen die Brücke trotzdem"`},
		{"quotation inside the headline stays", "Stadt eröffnet „Haus am See“ für Senioren", "Stadt eröffnet „Haus am See“ für Senioren"},
		{"quotation opening the headline stays", "„Pure Freude“: Team gewinnt das Finale", "„Pure Freude“: Team gewinnt das Finale"},
		{"breadcrumbs run together", "StartseiteSportNeuer Trainer für den Stadtclub", "Neuer Trainer für den Stadtclub"},
		{"a word with a capital inside stays", "iPhone Nutzer melden Probleme mit Akkus", "iPhone Nutzer melden Probleme mit Akkus"},
		{"headline doubled", "beispiel.pl - Zupa z dyni na zimęZupa z dyni na zimę", "Zupa z dyni na zimę"},
		{"plain headline", "Neue Brücke über die Wiese wird eröffnet", "Neue Brücke über die Wiese wird eröffnet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := unglueTitle(tt.in); got != tt.want {
				t.Errorf("unglueTitle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
