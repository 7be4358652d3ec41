package clean

import "testing"

func TestSupportPrompt(t *testing.T) {
	runTextRule(t, SupportPrompt, []textRuleCase{
		{"german", "Unterstützen Sie unabhängigen Journalismus mit einem Abo.", true},
		{"german donation", "Jede kleine Spende hilft den Menschen vor Ort!", true},
		{"english", "Support our journalism: donate today.", true},
		{"donate button", "Donate", true},
		{"donate link", "Donate to the library fund", true},
		{"donate in a menu", "Events // Donate // Contact", true},
		{"donate in a sentence", "The club said it was glad to be able to donate the new goals to the youth teams of the town this spring.", false},
		{"donors in french", "Les donateurs du musée se réunissent", false},
		{"donates in a headline", "Bakery donates bread to the shelter", false},
		{"french", "Je fais un don", true},
		{"rating", "Hat Ihnen der Artikel gefallen?", true},
		{"donation at the start", "Spenden Sie jetzt für die Opfer.", true},
		{"inside another word", "Rusia suspenderá el suministro de gas a dos países", false},
		{"support the magazine", "Unterstütze das Stadtmagazin schon mit 3 Euro!", true},
		{"petition", "Unterzeichnen Sie jetzt die Petition für saubere Flüsse!", true},
		{"support inside a sentence", "Die Stadt unterstützt den Verein, und ich unterstütze die Idee auch.", false},
		{"follow on networks", "Follow The Daily Ledger on Twitter and Instagram @ledger", true},
		{"follow as a verb", "Follow the instructions on the package carefully.", false},
		{"youtube channel", "¡Mira los vídeos de nuestro canal de YouTube!", true},
		{"liked", "Dir hat der Beitrag gefallen? Jetzt teilen!", true},
		{"reader question", "Sie lesen gern unsere Reportagen? Dann empfehlen Sie uns weiter.", true},
		{"app download", "For the latest news download our apps for iOS and Android.", true},
		{"messenger channel", "Síguenos en nuestro canal de WhatsApp y recibe las noticias del día.", true},
		{"letters", "We want to hear what you think. Submit a letter to the editor.", true},
		{"app in an article", "Die App läuft inzwischen auf fast allen Geräten, sagte der Entwickler.", false},
		{"article sentence", "Der Verein sammelt seit Jahren Geld für den Spielplatz, sagte die Vorsitzende am Montag bei der Versammlung im Rathaus der Stadt.", false},
	})
}

func TestAffiliateNote(t *testing.T) {
	runTextRule(t, AffiliateNote, []textRuleCase{
		{"german", "Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler.", true},
		{"english", "This post may contain affiliate links.", true},
		{"commission", "We may earn a commission when you buy through links on our site.", true},
		{"compensation", "Our editors pick every product themselves; we may receive compensation when you buy one.", true},
		{"disclosure", "Disclosure: this post contains affiliate links, and we may earn a commission when you buy through them.", true},
		{"german advertising", "*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", true},
		{"sentence", "Die Provision des Maklers wurde im Jahr 2020 neu geregelt.", false},
	})
}
