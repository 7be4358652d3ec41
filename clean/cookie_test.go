package clean

import "testing"

// textRuleCase is a table case for a TextRule.
type textRuleCase struct {
	name string
	text string
	want bool
}

func runTextRule(t *testing.T, r TextRule, cases []textRuleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := r.Matches(c.text); got != c.want {
				t.Errorf("%s.Match(%q) = %v, want %v", r.Name, c.text, got, c.want)
			}
		})
	}
}

func TestCookieNotice(t *testing.T) {
	runTextRule(t, CookieNotice, []textRuleCase{
		{"german note", "Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten. Mit der Nutzung stimmen Sie dem zu.", true},
		{"english note", "We use cookies to personalise content and ads and to analyse our traffic. By continuing you accept this.", true},
		{"spanish note", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", true},
		{"french note", "Ce site utilise des cookies pour améliorer votre expérience de navigation sur nos pages.", true},
		{"polish note", "Ta strona używa ciasteczek (cookies) w celach statystycznych i reklamowych oraz dla wygody.", true},
		{"short label", "Cookie-Einstellungen", true},
		{"article sentence", "Die Bäckerei an der Ecke verkauft seit Jahren die besten Kekse der Stadt, darunter auch amerikanische Cookies mit Schokolade.", false},
		{"no cookie", "Die Regierung hat am Montag neue Regeln beschlossen.", false},
	})
}
