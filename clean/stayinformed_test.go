package clean

import "testing"

func TestStayInformed(t *testing.T) {
	runTextRule(t, StayInformed, []textRuleCase{
		{"german never again", "Mit unserem Kalender nichts mehr verpassen!", true},
		{"german informed", "Immer aktuell informiert über neue Rezepte und Angebote rund ums Backen.", true},
		{"german we inform", "Wir informieren Sie regelmäßig über unsere Recherchen zum Thema Wasser.", true},
		{"english never miss", "Get the morning briefing by email and never miss a story. Sign up", true},
		{"french", "Restez informé : nos meilleurs articles chaque semaine", true},
		{"spanish", "No te pierdas nada de lo que pasa en la ciudad", true},
		{"offer by mail", "Rezepte, Tipps und Gutscheine für dich per E-Mail", true},
		{"article sentence by mail", "Die Anmeldung erfolgt schriftlich oder per E-Mail.", false},
		{"long article sentence", "Seit zwanzig Jahren ist sie bei jedem Spiel im Stadion, sie will keine Minute verpassen und fährt auch zu den Auswärtsspielen quer durch das Land, egal bei welchem Wetter und zu welcher Uhrzeit die Partie angesetzt ist.", false},
		{"plain sentence", "Die Stadt hat am Dienstag den neuen Fahrplan vorgestellt.", false},
	})
}
