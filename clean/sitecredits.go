package clean

import "strings"

// SiteCredits matches a footer line about the site rather than the article:
// who designed it or what it runs on ("Design von Anna Muster", "Powered by
// WordPress", "Theme by …"), the licence of all its content ("Sofern nicht
// anders angegeben, stehen die Inhalte dieser Website unter CC BY 4.0"), and
// a disclaimer for what its contributors post ("… is not responsible for
// the opinions of contributors").
var SiteCredits = TextRule{
	Name: "site-credits",
	Gate: &Gate{Max: 300, Prefixes: siteMakers, Words: siteNotices},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if ln.RunesOver(300) {
			return false
		}
		if !ln.RunesOver(120) && hasAnyPrefixFold(s, siteMakerIndex.startingAsFold(s)) {
			// A credit names a maker or two, not a sentence about design.
			first, _, _ := strings.Cut(s, ". ")
			first, _, _ = strings.Cut(first, "|")
			if len(strings.Fields(first)) <= 7 {
				return true
			}
		}
		if !ln.textHas(siteNoticeHints) {
			return false // no word of a notice: spare lower-casing the line
		}
		return ln.lowerHas(siteNoticeSet)
	},
}

var siteMakerIndex = newPrefixIndex(siteMakers)

var siteMakers = phraseList(`
	design von
	design by
	designed by
	theme by
	theme von
	wordpress theme
	powered by
	proudly powered by
	webdesign
	webdesign by
	website by
	site by
	realisiert von
	réalisé par
	diseño web
	diseñado por
`)

// siteNoticeHints are pieces of the siteNotices that keep their case.
var (
	siteNoticeHints = newPhraseSet("espons", "nders ", "nless otherwise", "nhalte dieser", "aftung", "erantwortung")
	siteNoticeSet   = newPhraseSet(siteNotices...)
)

var siteNotices = phraseList(`
	is not responsible for the opinions
	is not responsible for the content of external
	übernimmt keine verantwortung für die inhalte
	übernimmt keine haftung für die inhalte
	sofern nicht anders ausgewiesen
	sofern nicht anders angegeben, stehen
	unless otherwise noted, content
	unless otherwise stated, content
	inhalte dieser website stehen unter
	no se hace responsable de las opiniones
	n'est pas responsable des opinions
`)
