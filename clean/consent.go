package clean

// ConsentNotice matches the text of a privacy consent dialog: the purposes
// a site stores data for, its partners, how to agree or object ("Die
// technische Speicherung oder der Zugriff ist erforderlich…", "We and our
// partners process personal data…"). It takes several of the dialog's words
// at once, and one that asks for a choice, so that an article about data
// protection is not taken for one.
var ConsentNotice = TextRule{
	Name: "consent-notice",
	Gate: &Gate{Max: 1500, Words: consentChoices},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(1500) {
			return false
		}
		topics := ln.lowerGroupCount(consentTopicBits)
		for _, t := range consentTopicsApart {
			if ln.lowerHas(t) {
				topics++
			}
		}
		return topics >= 2 && ln.lowerHas(consentChoiceSet)
	},
}

// consentTopicSets hold the consentTopics one a set, so that a line's scan
// tells how many it holds; consentChoiceSet holds the consentChoices.
var (
	consentTopicSets = func() []*phraseSet {
		var sets []*phraseSet
		for _, t := range consentTopics {
			sets = append(sets, newPhraseSet(t))
		}
		return sets
	}()
	consentChoiceSet = newPhraseSet(consentChoices...)
)

// consentTopicBits are the bits of the consentTopicSets in lowerGroup,
// which one scan of a line finds together; consentTopicsApart are those
// the group could not take, scanned for one by one.
var consentTopicBits, consentTopicsApart = func() (uint64, []*phraseSet) {
	var bits uint64
	var apart []*phraseSet
	for _, t := range consentTopicSets {
		if t.group == lowerGroup {
			bits |= t.bit
		} else {
			apart = append(apart, t)
		}
	}
	return bits, apart
}()

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
