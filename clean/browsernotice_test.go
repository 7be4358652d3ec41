package clean

import "testing"

func TestBrowserNotice(t *testing.T) {
	runTextRule(t, BrowserNotice, []textRuleCase{
		{"german outdated", "Ihr Browser ist leider veraltet.", true},
		{"german update", "Achtung: Bitte aktualisiere deinen Browser, wenn du mit diesem Browser fortfährst, könnte dein Einkauf scheitern.", true},
		{"german video", "Dein Browser kann dieses Video nicht abspielen.", true},
		{"english older", "You are using an older browser version. Please use a supported version for the best experience.", true},
		{"french", "Votre navigateur est obsolète, veuillez le mettre à jour.", true},
		{"spanish", "Su navegador está desactualizado.", true},
		{"polish", "Zaktualizuj przeglądarkę, aby zobaczyć stronę.", true},
		{"an article about a browser", "Firefox Klar ist ein Browser mit Tracking-Schutz, der seit 2016 für iPhones erhältlich ist.", false},
		{"a comment form's box", "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.", false},
		{"no browser named", "Die Software ist veraltet und wird nicht mehr unterstützt.", false},
	})
}
