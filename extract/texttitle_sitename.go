package extract

import "github.com/pare-dev/pare/clean"

// siteKinds name what a site is, as the last word of its name: "Hafen
// Magazin", "Anna's Blog", "Harbour Gazette".
var siteKinds = clean.WordSet(`magazin magazine mag blog weblog zeitung journal portal revue gazette tribune herald
	wiki forum`)

// maxSiteNameWords is how long a site's name may be.
const maxSiteNameWords = 4

// siteName reports whether a line is a site's name, by the word that says
// what the site is: a few words that end with "Magazin", "Blog",
// "Zeitung" and the like. A headline says what happened.
func siteName(s string) bool {
	ws := lineWords(s)
	return len(ws) >= 2 && len(ws) <= maxSiteNameWords && siteKinds[ws[len(ws)-1]]
}
