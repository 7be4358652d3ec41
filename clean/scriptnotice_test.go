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

func TestBrowserNotice(t *testing.T) {
	runTextRule(t, BrowserNotice, []textRuleCase{
		{"german outdated", "Ihr Browser ist veraltet!", true},
		{"german update", "Achtung: Bitte aktualisiere deinen Browser, wenn du mit diesem Browser fortfährst, könnte dein Einkauf scheitern.", true},
		{"german video", "Dein Browser kann dieses Video nicht abspielen.", true},
		{"english older", "You are using an older browser version. Please use a supported version for the best experience.", true},
		{"french", "Votre navigateur est obsolète, veuillez le mettre à jour.", true},
		{"spanish", "Su navegador está desactualizado.", true},
		{"polish", "Zaktualizuj przeglądarkę lub skorzystaj z alternatywnej.", true},
		{"an article about a browser", "Firefox Klar ist ein Browser mit Tracking-Schutz, der seit 2016 für iPhones erhältlich ist.", false},
		{"a comment form's box", "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.", false},
		{"no browser named", "Die Software ist veraltet und wird nicht mehr unterstützt.", false},
	})
}
