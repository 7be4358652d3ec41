package clean

import "strings"

// Copyright matches a copyright or rights line from a page footer:
// "© 2024 Beispiel Verlag", "Alle Rechte vorbehalten", or the licence the
// page is published under.
var Copyright = TextRule{
	Name: "copyright",
	Gate: &Gate{Max: 250, Words: append([]string{"(c)", "copyright", "creative commons", "creative-commons"}, rightsWords.phrases...)},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(250) {
			return false
		}
		l := strings.TrimSpace(ln.Lower())
		if strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c)") || strings.HasPrefix(l, "copyright") {
			return true
		}
		if ln.lowerHas(creativeCommonsSet) && containsAny(l, "licen", "lizenz") {
			return true // the page's licence: "This work is licensed under a Creative Commons…"
		}
		return ln.lowerHas(rightsWords) // l is lower trimmed: the phrases have no spaces at their ends
	},
}

// rightsWords say that a page's rights are reserved.
var rightsWords = newPhraseSet("©", "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
	"tous droits réservés", "tutti i diritti riservati", "alle rechten voorbehouden",
	"wszelkie prawa zastrzeżone", "prawem autorskim", "copyrighted", "urheberrechtlich geschützt")

// creativeCommonsSet names the licences of Creative Commons.
var creativeCommonsSet = newPhraseSet("creative commons", "creative-commons")
