package textdump

import "github.com/pare-dev/pare/internal/lang"

// siteKinds name what a site is, as the last word of its name: "Hafen
// Magazin", "Anna's Blog", "Harbour Gazette".
var siteKinds = lang.WordSet(`magazin magazine mag blog weblog zeitung journal portal revue gazette tribune herald
	wiki forum`)

// maxSiteNameWords is how long a site's name may be.
const maxSiteNameWords = 4

// siteName reports whether a line, whose words are ws, is a site's name or its tagline, by the
// word that says what the site is: a few words that end with "Magazin",
// "Blog", "Zeitung" and the like, or a line that opens with such a word
// and what the site is about ("Annas Blog über Gärten und Balkone"). A
// headline says what happened.
func siteName(ws []string) bool {
	if len(ws) >= 2 && len(ws) <= maxSiteNameWords && siteKinds[ws[len(ws)-1]] {
		return true
	}
	// A tagline: "Annas Blog über Gärten", "The magazine for sailors".
	for k := 0; k < min(3, len(ws)-2); k++ {
		if siteKinds[ws[k]] && aboutWords[ws[k+1]] {
			return true
		}
	}
	return false
}

// aboutWords say what a site is about, after what it is: "ein Blog über",
// "a magazine for".
var aboutWords = lang.WordSet(`über für rund about for on sobre para sur pour o dla voor over`)
