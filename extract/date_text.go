package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateWords are class-name words of the elements that show an article's
// date near its headline.
var dateWords = map[string]bool{
	"date": true, "datum": true, "time": true, "published": true, "pubdate": true,
	"posted": true, "postdate": true, "dateline": true, "timestamp": true, "fecha": true,
	"data": true, "meta": true, "byline": true, "publication": true, "publish": true,
}

// Limits of the date texts collected near the headline.
const (
	maxDateText  = 120 // bytes of one text
	maxDateTexts = 6   // texts in all
)

// dateTexts returns the short texts near the page's headline that may give
// its date: <time> elements and elements whose class names a date, a
// byline or a meta line, in page order, after the first <h1> when there is
// one. It reads the page before the chrome rules remove such lines.
func dateTexts(root *html.Node) []string {
	start := root
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 && !inChrome(n) {
			start = n.Parent
			if start.Parent != nil {
				start = start.Parent
			}
			break
		}
	}
	var out []string
	seen := map[string]bool{}
	for n := range start.Descendants() {
		if len(out) >= maxDateTexts {
			break
		}
		if n.Type != html.ElementNode || inChrome(n) {
			continue
		}
		if n.DataAtom != atom.Time && !hasWord(n, dateWords) {
			continue
		}
		t := collapse(textOf(n))
		if t == "" || len(t) > maxDateText || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}
