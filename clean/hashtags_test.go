package clean

import "testing"

func TestHashtagRun(t *testing.T) {
	runTextRule(t, HashtagRun, []textRuleCase{
		{"feed post", "Eröffnung mit Suppe und Lesung #Eröffnung #Lesung #Rede #Literatur https://example.org/p/1", true},
		{"one hashtag", "Unter #MeToo berichteten viele Frauen von ihren Erfahrungen.", false},
		{"code comments", "# install # build # test", false},
		{"paragraph naming hashtags", "Zeige die Verpackung am Anfang deines Videos, damit deine Follower sehen, mit welchen Produkten du diese Ergebnisse erzielt hast, und vergiss nicht, die folgenden Hashtags zu verwenden: #wella #flex #haar und mehr.", false},
		{"numbers", "Platz #1, #2 und #3 gingen an Schweden.", false},
	})
}
