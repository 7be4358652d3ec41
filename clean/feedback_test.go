package clean

import "testing"

func TestFeedbackPrompt(t *testing.T) {
	runTextRule(t, FeedbackPrompt, []textRuleCase{
		{"german remarks", "Haben Sie Anmerkungen zu diesem Artikel? Dann schreiben Sie der Redaktion.", true},
		{"german opinion", "Teilen Sie uns Ihre Meinung zum neuen Fahrplan mit!", true},
		{"german useful", "War dieser Artikel nützlich?", true},
		{"english error", "Found an error in this story? Let us know.", true},
		{"english comments", "Which trail is your favourite? Let us know in the comments below.", true},
		{"french", "Vous avez repéré une erreur ? Écrivez-nous.", true},
		{"spanish", "¿Encontraste un error? Avísanos.", true},
		{"article sentence", "Die Forscher teilten ihre Erfahrungen mit den Kollegen aus dem Nachbarland.", false},
		{"error in article", "Der Fehler in der Software wurde erst nach Wochen entdeckt.", false},
	})
}
