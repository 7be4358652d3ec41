package clean

import (
	"strings"
	"unicode"
)

// ReadTime matches a label giving how long a text takes to read, as teasers
// and article heads show it: "Lesezeit: 4 Minuten", "5 min read",
// "weiterlesen 7 Minuten", "Temps de lecture : 3 min". A bare time ("25
// Min.") is left alone: a recipe gives its steps so.
var ReadTime = TextRule{
	Name: "read-time",
	Gate: &Gate{Max: 60, Words: []string{"min"}},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if ln.RunesOver(60) || !containsAny(s, "min", "Min", "MIN") {
			return false // every label and unit says "min…"
		}
		l := ln.Lower()
		label := false
		for _, p := range readLabels {
			if strings.HasPrefix(l, p) {
				l, label = strings.TrimLeft(l[len(p):], " :"), true
				break
			}
		}
		for _, p := range readSuffixes {
			if strings.HasSuffix(l, p) {
				l, label = strings.TrimRight(l[:len(l)-len(p)], " "), true
				break
			}
		}
		if !label {
			return false
		}
		// What is left is a number of minutes ("4 minuten", "5 min.") or
		// less than one ("weniger als eine Minute").
		if runesOver(l, 30) {
			return false
		}
		num := strings.TrimLeftFunc(l, unicode.IsDigit)
		if num == l {
			return containsAny(l, lessThanMinute...)
		}
		unit := strings.TrimRight(strings.TrimSpace(num), ".")
		return unit == "min" || unit == "mins" || unit == "minute" || unit == "minuten" || unit == "minutes" || unit == "minutos" || unit == "minut"
	},
}

var readLabels = phraseList(`
	weiterlesen
	lesezeit
	lesedauer
	reading time
	read time
	temps de lecture
	tiempo de lectura
	czas czytania
	ten tekst przeczytasz w
	artykuł przeczytasz w
`)

var lessThanMinute = phraseList(`
	weniger als eine minute
	less than a minute
	moins d'une minute
	menos de un minuto
	mniej niż minutę
`)

var readSuffixes = phraseList(`
	read
	lesezeit
	lesedauer
	zum lesen
	de lecture
	de lectura
	czytania
`)
