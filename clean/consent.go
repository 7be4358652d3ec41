package clean

// ConsentNotice matches the text of a privacy consent dialog: the purposes
// a site stores data for, its partners, how to agree or object ("Die
// technische Speicherung oder der Zugriff ist erforderlich…", "We and our
// partners process personal data…"). It takes several of the dialog's words
// at once, and one that asks for a choice, so that an article about data
// protection is not taken for one.
var ConsentNotice = TextRule{
	Name: "consent-notice",
	MatchLine: func(ln *Line) bool {
		s, lower := ln.Text(), ln.Lower()
		if runesOver(s, 1500) {
			return false
		}
		l := lower
		return consentTopicSet.count(l) >= 2 && ln.LowerHas(consentChoiceSet)
	},
}

// consentTopicSet and consentChoiceSet find the words of consentTopics and
// consentChoices in one pass over a line each.
var (
	consentTopicSet  = newPhraseSet(consentTopics...)
	consentChoiceSet = newPhraseSet(consentChoices...)
)

var consentTopics = []string{
	"datenschutz", "personenbezogen", "speicherung", "zugriff", "endgerät", "verarbeit", "tracking", "cookie",
	"dsgvo", "gdpr", "personal data", "processing", "privacy", "store and/or access", "device",
	"datos personales", "tratamiento", "données personnelles", "traitement", "dane osobowe", "przetwarza",
	"dati personali", "persoonsgegevens", "statisti", "marketing", "nutzerprofil", "präferenz",
	"meiner daten", "my data", "mes données", "privatsphäre", "einverständnis",
}

var consentChoices = []string{
	"einwillig", "zustimm", "akzeptier", "einstellungen", "widerruf", "widersprechen", "speicherdauer",
	"anbieter", "partner", "vendor", "consent", "accept", "opt out", "opt-out", "manage options", "preferences",
	"consentimiento", "aceptar", "consentement", "accepter", "zgod", "consenso", "toestemming",
	"unbedingt erforderlich", "strictly necessary", "legitimate interest", "berechtigtes interesse",
	"stimme ich", "i agree", "j'accepte", "einverständnis",
}
