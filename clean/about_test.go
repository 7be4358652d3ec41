package clean

import "testing"

func TestAboutHeading(t *testing.T) {
	runTextRule(t, AboutHeading, []textRuleCase{
		{"german us", "Über uns", true},
		{"german author", "Über die Autorin", true},
		{"german name", "Über Anna Muster", true},
		{"english", "About the author", true},
		{"french", "À propos de l'auteur", true},
		{"number", "about 20 people", false},
		{"sentence", "Über den Winter wird viel gesprochen, sagt sie.", false},
		{"long heading", "Über die Zukunft der Arbeit in kleinen Städten", false},
	})
}
