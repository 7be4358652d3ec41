package clean

// archiveWords name a web archive or its crawls.
var (
	archiveWords = newPhraseSet("internet archive", "wayback machine", "no more 404", "captures of these pages", "these crawls")
	archiveKinds = newPhraseSet("crawl", "capture", "archive")
)

// ArchiveBanner matches the notes a web archive sets above a page it has
// saved: what the crawl was and who collected it ("These crawls are part
// of an effort to archive pages…", "Starting in 1996, Alexa Internet has
// been donating their crawl data to the Internet Archive…", "About this
// capture"). In a dump of a saved page they stand above the article as
// running text.
var ArchiveBanner = TextRule{
	Name: "archive-banner",
	Gate: &Gate{Max: 500, Words: append([]string{"about this capture", "collected by"}, archiveWords.phrases...)},
	MatchLine: func(ln *Line) bool {
		lower := ln.Lower()
		if ln.RunesOver(500) {
			return false
		}
		l := lower
		if l == "about this capture" || l == "collected by" {
			return true
		}
		return ln.lowerHas(archiveWords) && ln.lowerHas(archiveKinds)
	},
}
