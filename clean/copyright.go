package clean

import "strings"

// Copyright matches a copyright or rights line from a page footer:
// "© 2024 Beispiel Verlag", "Alle Rechte vorbehalten", or the licence the
// page is published under.
var Copyright = TextRule{
	Name: "copyright",
	Match: func(s string) bool {
		if runesOver(s, 250) {
			return false
		}
		l := strings.ToLower(strings.TrimSpace(s))
		if strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c)") || strings.HasPrefix(l, "copyright") {
			return true
		}
		if (strings.Contains(l, "creative commons") || strings.Contains(l, "creative-commons")) && containsAny(l, "licen", "lizenz") {
			return true // the page's licence: "This work is licensed under a Creative Commons…"
		}
		return containsAny(l, "©", "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
			"tous droits réservés", "tutti i diritti riservati", "alle rechten voorbehouden",
			"wszelkie prawa zastrzeżone", "prawem autorskim", "copyrighted", "urheberrechtlich geschützt")
	},
}
