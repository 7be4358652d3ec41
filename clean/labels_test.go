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
		{"heading", "Kontakt mit der Polizei", false},
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
	})
}
