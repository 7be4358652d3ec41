package clean

import "testing"

func TestAppPrompt(t *testing.T) {
	runTextRule(t, AppPrompt, []textRuleCase{
		{"german", "Lesen Sie uns auch unterwegs in unserer App (App Store und Google Play).", true},
		{"english", "Download on the App Store · Get it on Google Play", true},
		{"itunes", "Die Ausgabe gibt es digital über iTunes und Google Play.", true},
		{"one store only", "Ich kann über mobile Daten nicht mehr auf den App Store zugreifen.", false},
		{"long text", "Google Play und der App Store verlangen von Entwicklern seit Jahren hohe Gebühren, und die Kartellbehörden in Europa und in den USA prüfen nun, ob diese Praxis mit dem Wettbewerbsrecht vereinbar ist, wie mehrere Zeitungen am Montag übereinstimmend berichteten, was die Firmen bestreiten.", false},
	})
}
