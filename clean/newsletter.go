package clean

// Newsletter matches a newsletter or subscription prompt: "Melden Sie sich
// für unseren Newsletter an", "Subscribe to our newsletter", "Jetzt
// abonnieren".
var Newsletter = TextRule{
	Name: "newsletter",
	Gate: &Gate{Max: 300, Words: newsletterSet.phrases, FirstWords: firstWords(subscribePrompts)},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(300) {
			return false
		}
		if ln.lowerHas(newsletterSet) {
			return true // "newsletter", "… delivered to your inbox every week"
		}
		return !ln.RunesOver(120) && subscribeIndex.mayStart(ln.foldedFirstWord()) && subscribeIndex.startsWithAny(ln.Folded())
	},
}

var subscribeIndex = newPrefixIndex(subscribePrompts)

var subscribePrompts = phraseList(`
	subscribe
	sign up
	get our
	jetzt abonnieren
	abonnieren
	abonniere
	abonnez-vous
	inscrivez-vous
	suscríbete
	suscribete
	suscríbase
	iscriviti
	abonneer
	schrijf je in
	zapisz się
	zasubskrybuj
	bleiben sie auf dem laufenden
	stay up to date
	gib deine e-mail-adresse ein
	enter your email
	ihre e-mail-adresse
	deine e-mail-adresse
`)

// newsletterSet names a newsletter or the inbox it is delivered to.
var newsletterSet = newPhraseSet("newsletter", "your inbox", "their inboxes", "in ihr postfach", "in dein postfach", "ins postfach")
