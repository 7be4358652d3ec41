package clean

import "strings"

// StayInformed matches an offer to keep the reader informed that does not
// name a newsletter: "Nie wieder etwas verpassen!", "Immer aktuell
// informiert über unsere Angebote", "Get our best stories by email and never
// miss one", "Tipps und Aktionen für dich per E-Mail". Such a box sits under
// the article, often without a heading a rule knows.
var StayInformed = TextRule{
	Name: "stay-informed",
	Gate: &Gate{Max: 160, Words: joined(stayInformedPhrases, byMail)},
	MatchLine: func(ln *Line) bool {
		s, lower := ln.Text(), ln.Lower()
		if ln.RunesOver(160) {
			return false
		}
		if !ln.textHas(stayInformedHints) {
			return false // no word of such an offer: spare lower-casing the line
		}
		l := lower
		if ln.lowerHas(stayInformedSet) {
			return true
		}
		// A short offer that ends "per E-Mail", not a sentence.
		return !ln.RunesOver(100) && !strings.ContainsAny(s, ".?:") && containsSuffix(strings.TrimRight(l, " !"), byMail)
	},
}

// containsSuffix reports whether s ends with one of the suffixes.
func containsSuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// stayInformedHints are pieces of the stayInformedPhrases and byMail that
// keep their case.
var (
	stayInformedHints = newPhraseSet("erpass", "ersäum", "miss", "nformier", "aufenden", "osted", "nformé", "anquez", "atez", "ierdas", "nformad", "erdere", "rzegap", "ail")
	stayInformedSet   = newPhraseSet(stayInformedPhrases...)
)

var stayInformedPhrases = phraseList(`
	never miss
	nichts mehr verpassen
	nichts mehr versäumen
	nie mehr etwas verpassen
	nie wieder etwas verpassen
	verpassen sie nichts mehr
	verpasse nichts mehr
	immer aktuell informiert
	immer bestens informiert
	immer gut informiert
	wir informieren sie regelmäßig
	wir informieren dich regelmäßig
	wir halten sie auf dem laufenden
	wir halten dich auf dem laufenden
	stay informed
	keep you posted
	ne manquez plus
	ne ratez plus
	ne ratez rien
	restez informé
	no te pierdas nada
	mantente informado
	manténgase informado
	non perdere nessuna
	nie przegap
`)

var byMail = phraseList(`
	per e-mail
	per email
	per mail
	by email
	by e-mail
	par e-mail
	par mail
	por correo
	por email
`)
