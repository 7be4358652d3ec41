package clean

import "testing"

func TestNewsletter(t *testing.T) {
	runTextRule(t, Newsletter, []textRuleCase{
		{"german prompt", "Melden Sie sich für unseren Newsletter an", true},
		{"english prompt", "Subscribe to our weekly newsletter and never miss a story.", true},
		{"german subscribe", "Jetzt abonnieren!", true},
		{"inbox", "Join the readers who get new tips delivered to their inboxes every week.", true},
		{"french", "Abonnez-vous à notre lettre d'information", true},
		{"spanish", "Suscríbete para recibir las noticias", true},
		{"polish", "Zapisz się na nasz biuletyn", true},
		{"email field", "Gib deine E-Mail-Adresse ein", true},
		{"sentence about subscribers", "Der Kanal hat inzwischen mehr als eine Million Abonnenten, die jede Woche zuschauen und kommentieren.", false},
		{"plain sentence", "The council will subscribe to the new plan next year, officials said on Monday after a long debate.", false},
	})
}
