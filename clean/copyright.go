package clean

import "strings"

// Copyright matches a copyright or rights line from a page footer:
// "© 2024 Beispiel Verlag", "Alle Rechte vorbehalten".
var Copyright = TextRule{
	Name: "copyright",
	Match: func(s string) bool {
		if runeLen(s) > 250 {
			return false
		}
		l := strings.ToLower(strings.TrimSpace(s))
		if strings.HasPrefix(l, "©") || strings.HasPrefix(l, "(c)") || strings.HasPrefix(l, "copyright") {
			return true
		}
		return containsAny(l, "©", "all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
			"tous droits réservés", "tutti i diritti riservati", "alle rechten voorbehouden",
			"wszelkie prawa zastrzeżone", "prawem autorskim", "copyrighted", "urheberrechtlich geschützt")
	},
}
