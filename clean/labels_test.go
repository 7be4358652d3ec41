package clean

import "testing"

func TestSiteLabel(t *testing.T) {
	runTextRule(t, SiteLabel, []textRuleCase{
		{"imprint", "Impressum", true},
		{"back to overview", "Zurück zur Übersicht", true},
		{"back to top", "Back to top ↑", true},
		{"privacy", "Privacy Policy", true},
		{"ad label", "Anzeige", true},
		{"spanish", "Aviso legal", true},
		{"polish", "Polityka prywatności", true},
		{"like widget", "Bloggern gefällt das:", true},
		{"breadcrumb label", "Sie sind hier:", true},
		{"english breadcrumb label", "You are here", true},
		{"ad toggle", "show ad", true},
		{"embed notice", "Externer Inhalt", true},
		{"learn more", "Mehr erfahren", true},
		{"heading", "Kontakt mit der Polizei", false},
		{"heading with the words", "Sie sind hier richtig, wenn Sie Hilfe suchen", false},
		{"sentence", "Die Suche nach dem Vermissten geht weiter.", false},
	})
}

func TestTaxonomyLabel(t *testing.T) {
	runTextRule(t, TaxonomyLabel, []textRuleCase{
		{"german", "Schlagworte", true},
		{"tags list", "Tags: Politik, Wahl, Bundestag", true},
		{"filed under", "Filed under: Science, Space", true},
		{"french", "Catégories : Économie", true},
		{"sentence starting with a word", "Thema der Sitzung war der neue Haushalt.", false},
		{"longer word", "Themenwoche Klima", false},
		{"a day named for what it marks", "Tag des Apfels am 11. Januar", false},
		{"the day of a holiday", "Tag der Arbeit: Kundgebungen in vielen Städten", false},
		{"a tag label with a colon", "Tag: Arbeit", true},
	})
}
