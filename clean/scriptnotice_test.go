package clean

import "testing"

func TestScriptNotice(t *testing.T) {
	runTextRule(t, ScriptNotice, []textRuleCase{
		{"german notice", "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in deinem Browser.", true},
		{"german request", "Bitte schalten Sie JavaScript ein, um alle Funktionen der Seite nutzen zu können.", true},
		{"german need", "Zur optimalen Darstellung dieser Seite wird JavaScript benötigt.", true},
		{"english comments", "Please enable JavaScript to view the comments powered by Disqus.", true},
		{"english app", "You need to enable JavaScript to run this app.", true},
		{"french", "Veuillez activer JavaScript dans votre navigateur pour continuer.", true},
		{"spanish", "Para ver este contenido es necesario activar JavaScript en su navegador.", true},
		{"polish", "Aby korzystać z serwisu, włącz obsługę JavaScript w przeglądarce.", true},
		{"a line of script", "g.type='text/javascript'; g.async=true; s.parentNode.insertBefore(g,s);", false},
		{"an article about the language", "JavaScript ist eine Programmiersprache, die 1995 für den Browser Netscape entwickelt wurde.", false},
		{"no script named", "Bitte aktivieren Sie Cookies in Ihrem Browser.", false},
	})
}
