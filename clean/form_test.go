package clean

import "testing"

func TestFormRemnant(t *testing.T) {
	runTextRule(t, FormRemnant, []textRuleCase{
		{"search field", "Suche [                    ]", true},
		{"field then label", "[                    ]Ihr Passwort", true},
		{"check box", "[ ] Remember me", true},
		{"radio", "(*) Option A", true},
		{"button", "[Absenden]", true},
		{"english button", "[Submit]", true},
		{"image label is not a button", "[dts_image_22436_ab_312]", false},
		{"bracketed sentence", "[Anm. d. Red.: Der Text wurde am Montag ergänzt und korrigiert.]", false},
		{"text", "Die Kommission legt ihren Bericht im Herbst vor.", false},
	})
}
