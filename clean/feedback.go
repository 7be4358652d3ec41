package clean

// FeedbackPrompt matches a request for the reader's feedback on the article,
// or for corrections, set under the text: "Haben Sie Anmerkungen zu diesem
// Artikel? Schreiben Sie der Redaktion", "Found an error? Let us know",
// "Teilen Sie uns Ihre Meinung mit".
var FeedbackPrompt = TextRule{
	Name: "feedback-prompt",
	Gate: &Gate{Max: 400, Words: feedbackPhrases},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(400) {
			return false
		}
		if !ln.textHas(feedbackHints) {
			return false // no word of such a request: spare lower-casing the line
		}
		return ln.lowerHas(feedbackSet)
	},
}

// feedbackHints are pieces of the feedbackPhrases that keep their case.
var (
	feedbackHints = newPhraseSet("rtikel", "eitrag", "ehler", "einung", "rror", "istake", "omments", "hink", "rticle", "rreur", "ützlich", "ilfreich")
	feedbackSet   = newPhraseSet(feedbackPhrases...)
)

var feedbackPhrases = phraseList(`
	anmerkungen zu diesem artikel
	anmerkungen zu diesem beitrag
	feedback zu diesem artikel
	feedback zu diesem beitrag
	fehler im artikel gefunden
	fehler in diesem artikel
	haben sie einen fehler entdeckt
	hast du einen fehler entdeckt
	teilen sie uns ihre meinung
	teile uns deine meinung
	diesen artikel nützlich
	dieser artikel nützlich
	dieser artikel hilfreich
	dieser beitrag hilfreich
	found an error
	spotted an error
	spotted a mistake
	report an error
	let us know in the comments
	tell us what you think
	feedback on this article
	critiquer ou développer cet article
	signaler une erreur
	vous avez repéré une erreur
	encontraste un error
	reportar un error
`)
