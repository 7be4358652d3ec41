package htmlpage

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scriptDateKeys are the JSON keys under which a page's scripts give the
// publication date of what it shows, outside JSON-LD: a shop's product
// ("published_at"), a review ("publishedDate"), a CMS's page data
// ("publicationDate").
var scriptDateKeys = []string{
	`"datePublished`, `"publishedDate`, `"published_at`, `"publishedAt`,
	`"publishDate`, `"publicationDate`, `"date_published`,
}

// maxScriptDates is how many dates scriptDate reads before it gives up: a
// page's data that dates that many things is a list of them.
const maxScriptDates = 20

// scriptDate reads the date that a page's scripts give under one of
// scriptDateKeys, when every such key in them gives the same day. It is
// the last resort for a page that nothing else dates: a list of articles
// or comments in the page's data gives several days, and so no date.
func scriptDate(root *html.Node) (article.Date, bool) {
	var found article.Date
	n := 0
	for s := range root.Descendants() {
		if s.Type != html.ElementNode || s.DataAtom != atom.Script || s.FirstChild == nil || s.FirstChild.Type != html.TextNode {
			continue
		}
		if t := strings.ToLower(attr(s, "type")); strings.Contains(t, "ld+json") {
			continue // read already (readJSONLD)
		}
		src := s.FirstChild.Data
		for _, key := range scriptDateKeys {
			for rest := src; ; {
				i := strings.Index(rest, key)
				if i < 0 {
					break
				}
				rest = strings.TrimPrefix(rest[i+len(key):], `\`)
				if !strings.HasPrefix(rest, `"`) {
					continue // a longer key: "publishedAtText"
				}
				d, ok := jsonDateValue(rest[1:])
				if !ok {
					continue
				}
				if n++; n > maxScriptDates || !found.IsZero() && !dates.SameDay(found, d) {
					return article.Date{}, false
				}
				found = d
			}
		}
	}
	return found, !found.IsZero()
}

// jsonDateValue reads the ISO date string that follows a JSON key:
// `: "2019-03-02T06:22:28+01:00"`, also with escaped quotes inside a
// string of JSON (`\":\"2019-03-02…`).
func jsonDateValue(s string) (article.Date, bool) {
	s = strings.TrimLeft(s, ` \`)
	if !strings.HasPrefix(s, ":") {
		return article.Date{}, false
	}
	s = strings.TrimLeft(s[1:], ` \`)
	if !strings.HasPrefix(s, `"`) {
		return article.Date{}, false
	}
	s = s[1:]
	end := strings.IndexAny(s, `"\`)
	if end < 0 || end > 40 {
		return article.Date{}, false
	}
	return dates.ParseISODate(s[:end])
}
