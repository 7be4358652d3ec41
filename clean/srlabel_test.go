package clean

import (
	"strings"
	"testing"
)

func TestScreenReaderLabel(t *testing.T) {
	runTextRule(t, ScreenReaderLabel, []textRuleCase{
		{"skip link", "Skip to main content", true},
		{"skip links run together", "Direkt zum Hauptinhalt Direkt zur Navigation Direkt zur Suche", true},
		{"new window in brackets", "(opens in a new window)", true},
		{"external and home", "Öffnet eine externe Seite Link zur Startseite", true},
		{"longer label taken whole", "Aller au contenu principal", true},
		{"button labels", "Open search Close search", true},
		{"label with a link text", "Share (opens in a new window)", false},
		{"sentence", "The menu lets you skip to content you have not read yet.", false},
		{"empty", "", false},
	})
}

// TestScreenReaderLabelEveryLabel checks that the quick test on a label's
// longest word lets every label through, in any case, spacing and
// brackets, and that the words set is scanned with the line's group.
func TestScreenReaderLabelEveryLabel(t *testing.T) {
	if srLabelWords.group == nil {
		t.Fatal("srLabelWords is in no phrase group")
	}
	for _, p := range srLabels {
		forms := map[string]string{
			"as listed":     p,
			"upper case":    strings.ToUpper(p),
			"in brackets":   "[" + p + "]",
			"spaced out":    strings.ReplaceAll(p, " ", " \t "),
			"after a label": "Skip to content | " + p,
			"title case":    strings.ToUpper(string([]rune(p)[:1])) + string([]rune(p)[1:]) + " –",
		}
		for name, text := range forms {
			t.Run(p+"/"+name, func(t *testing.T) {
				if !ScreenReaderLabel.Matches(text) {
					t.Errorf("ScreenReaderLabel.Matches(%q) = false, want true", text)
				}
			})
		}
	}
}
