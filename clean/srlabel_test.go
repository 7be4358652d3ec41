package clean

import "testing"

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
