package clean

import "testing"

func TestConsentNotice(t *testing.T) {
	runTextRule(t, ConsentNotice, []textRuleCase{
		{"embed consent", "Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Twitter her. Hier kannst du deine Einstellungen verwalten.", true},
		{"german storage", "Die technische Speicherung oder der Zugriff ist unbedingt erforderlich für den rechtmäßigen Zweck, die Nutzung eines bestimmten Dienstes zu ermöglichen.", true},
		{"german partners", "Wir und unsere Partner verarbeiten personenbezogene Daten auf Ihrem Endgerät, wenn Sie einwilligen.", true},
		{"english", "We and our partners store and/or access information on a device and process personal data with your consent.", true},
		{"spanish", "Utilizamos datos personales para el tratamiento estadístico si nos da su consentimiento.", true},
		{"form consent", "Mit dem Absenden stimme ich der Bearbeitung meiner Daten gemäß der Datenschutzerklärung zu.", true},
		{"article about the law", "Die Datenschutz-Grundverordnung regelt seit 2018, wie Unternehmen personenbezogene Daten verarbeiten dürfen.", false},
		{"plain", "Der Stadtrat hat den Haushalt für das kommende Jahr beschlossen.", false},
	})
}
