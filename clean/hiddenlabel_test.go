package clean

import "testing"

func TestSVGGenerator(t *testing.T) {
	runTextRule(t, SVGGenerator, []textRuleCase{
		{"drawing program", "Created with Sketch.", true},
		{"illustrator", "Generator: Adobe Illustrator 24.0.1, SVG Export Plug-In . SVG Version: 6.00 Build 0)", true},
		{"chart library", "Created with Highcharts 9.0.1", true},
		{"sentence about a tool", "The mock-ups were created with Sketch and then tested with twelve readers over two weeks.", false},
		{"other maker", "Created with love in a small workshop", false},
		{"made with", "Made with Figma", true},
	})
}

func TestLanguageSwitcher(t *testing.T) {
	runTextRule(t, LanguageSwitcher, []textRuleCase{
		{"codes run together", "DE FR IT EN", true},
		{"lower case with bars", "de | en", true},
		{"slash", "EN/ES", true},
		{"one code", "EN", false},
		{"code twice", "DE DE", false},
		{"words", "Es ist so", false},
		{"not a code", "DE XX", false},
	})
}

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

func TestShareButtonLabel(t *testing.T) {
	runTextRule(t, ShareButtonLabel, []textRuleCase{
		{"share word, any network", "Click to share on Harbourlink (Opens in new window)", true},
		{"known network", "Click to share on Facebook (Opens in new window)", true},
		{"print in German", "Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)", true},
		{"mail to a friend", "Click to email a link to a friend (Opens in new window)", true},
		{"French", "Cliquez pour partager sur Twitter (s’ouvre dans une nouvelle fenêtre)", true},
		{"French straight quote", "Cliquez pour partager sur Twitter (s'ouvre dans une nouvelle fenêtre)", true},
		{"no note", "Click to share on Facebook", false},
		{"link in text", "The council published its report on the harbour (opens in new window)", false},
		{"print link in text", "You can print the form from the council's page and bring it along (opens in new window)", false},
		{"note alone", "(Opens in new window)", false},
	})
}
