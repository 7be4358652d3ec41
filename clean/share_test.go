package clean

import "testing"

func TestShareBar(t *testing.T) {
	runTextRule(t, ShareBar, []textRuleCase{
		{"german verb", "Teilen", true},
		{"german prompt", "Teilen Sie dies mit:", true},
		{"german recommend", "Empfehlen Sie uns weiter", true},
		{"german recommend the article", "Artikel weiterempfehlen", true},
		{"a sentence that recommends", "Ärzte empfehlen, im Winter mehr Obst zu essen.", false},
		{"english prompt", "Share this:", true},
		{"network run", "Facebook Twitter WhatsApp E-Mail", true},
		{"send by mail", "Artikel per Mail versenden", true},
		{"french", "Partager sur Facebook", true},
		{"spanish", "Compartir en Twitter", true},
		{"polish", "Udostępnij", true},
		{"print", "Drucken", true},
		{"social media", "Teile diesen Artikel auf Social Media.", true},
		{"heading with a network name", "Facebook plant neue Regeln für Werbung", false},
		{"sentence", "Wir teilen die Sorgen der Anwohner nicht, sagte der Bürgermeister.", false},
	})
}
