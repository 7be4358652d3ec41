package clean

import "strings"

// MoreLink matches a link to another article under the label "more" and a
// colon: "mehr: Neue Radwege für die Altstadt", "MORE: Council backs the
// harbour plan", "Weiterlesen: Warum der Zug später kommt". The headline
// after the label starts with a capital, a digit or a quote.
var MoreLink = TextRule{
	Name: "more-link",
	Gate: &Gate{Max: 200, Prefixes: moreLabels},
	MatchLine: func(ln *Line) bool {
		s := strings.TrimSpace(ln.Text())
		if ln.runesOverTrim(s, 200) {
			return false
		}
		for _, p := range moreIndex.startingAsFold(s) {
			if rest, ok := cutLabel(s, p); ok && strings.Trim(rest, " :") != "" && navTitle(rest, true) {
				return true
			}
		}
		return false
	},
}

var moreIndex = newPrefixIndex(moreLabels)

var moreLabels = phraseList(`
	mehr
	more
	weiterlesen
	lesen sie weiter
	lire la suite
	leer más
	więcej
`)
