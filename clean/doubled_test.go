package clean

import "testing"

func TestDoubledCaption(t *testing.T) {
	runTextRule(t, DoubledCaption, []textRuleCase{
		{"glued", "Der Hafen am MorgenDer Hafen am Morgen", true},
		{"spaced", "Der Hafen am Morgen Der Hafen am Morgen", true},
		{"credit before", "Agentur/FotografDie Fähre legt an.Die Fähre legt an.", true},
		{"short repeat", "ja ja", false},
		{"sentence", "Der Hafen am Morgen ist ruhig, der Hafen am Abend laut.", false},
	})
}
