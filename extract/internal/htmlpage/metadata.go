package htmlpage

import (
	nurl "net/url"
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself in its head and markup.
type pageMeta struct {
	title      string                // <title>
	ogTitle    string                // og:title, twitter:title
	ldTitle    string                // JSON-LD headline
	h1         []string              // <h1> texts, kickers left out
	kickers    map[string]headKicker // <h1> texts that open with a short part styled apart
	home       []string              // <h1> texts that link to the home page: the site's name
	h2         []string              // the first <h2> texts, kickers left out
	date       article.Date
	dateFrom   string            // where date came from: a key of dateKeys
	dateText   shownTexts        // short texts near the headline that may give the date
	dates      map[string]string // raw machine-readable dates by source key
	descShown  bool              // the description is shown in the page's body
	author     string            // from JSON-LD: persons only
	metaAuthor string            // from meta tags
	site       string
	lang       string
	url        string
	desc       string
	image      string   // og:image, twitter:image, as given
	tags       []string // article:tag, keywords
}

// readMeta collects the page's metadata before the readability pass changes
// the tree.
func readMeta(root *html.Node) pageMeta {
	m, _ := readMetaForms(root)
	return m
}

// readMetaForms is readMeta, and readForms in the same walk of the page.
func readMetaForms(root *html.Node) (pageMeta, pageForm) {
	r := readPageWalk(root)
	return r.m, r.form
}

// metaReader is what the walk of the whole page that readPage starts with
// reads: the metadata, the form controls, and a bound of textBound of the
// page, which tells nearDateTexts whether its buffer needs sizing at all
// without a walk of its own (over a tree whose nodes are mostly out of
// the cache, reading every text node's bytes).
type metaReader struct {
	m     pageMeta
	form  pageForm
	raw   map[string]string
	bound int // at least textBound(root): the text nodes' bytes untrimmed
}

// readPageWalk reads the page under root in one walk, meeting its nodes in
// the order of root.Descendants().
func readPageWalk(root *html.Node) metaReader {
	r := metaReader{raw: map[string]string{}}
	r.walk(root, false)
	r.m.dates = r.raw
	r.m.date, r.m.dateFrom = pickDate(r.raw)
	return r
}

// walk reads the nodes below n; mute is whether n is, or sits in, an
// element whose content is never shown (skipped), whose text textBound
// leaves out.
func (r *metaReader) walk(n *html.Node, mute bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if !mute {
				r.bound += len(c.Data) + 1
			}
			continue
		case html.ElementNode:
			r.element(c)
		}
		if c.FirstChild != nil {
			r.walk(c, mute || c.Type == html.ElementNode && skipped[c.DataAtom])
		}
	}
}

// element reads one element of the page into r.
func (r *metaReader) element(n *html.Node) {
	m, raw := &r.m, r.raw
	r.form.read(n)
	switch n.DataAtom {
	case atom.Html:
		m.lang = attr(n, "lang")
	case atom.Title:
		if m.title == "" && n.Parent != nil && n.Parent.DataAtom != atom.Svg {
			m.title = collapsedText(n)
		}
	case atom.H1:
		if t := headingText(n); t != "" && !inChrome(n) && !hiddenHeading(n) {
			m.h1 = append(m.h1, t)
			if k, ok := splitKicker(n); ok {
				if m.kickers == nil {
					m.kickers = map[string]headKicker{}
				}
				m.kickers[t] = k
			}
			if linksHome(n) {
				m.home = append(m.home, t)
			}
		}
	case atom.H2:
		if t := headingText(n); t != "" && len(m.h2) < 12 && !inChrome(n) {
			m.h2 = append(m.h2, t)
		}
	case atom.Meta:
		key := strings.ToLower(attr(n, "property"))
		if key == "" {
			key = strings.ToLower(attr(n, "name"))
		}
		if key == "" {
			key = strings.ToLower(attr(n, "itemprop"))
		}
		val := collapse(attr(n, "content"))
		if key == "" || val == "" {
			return
		}
		switch key {
		case "og:title", "twitter:title":
			if m.ogTitle == "" {
				m.ogTitle = val
			}
		case "og:site_name", "application-name":
			if m.site == "" {
				m.site = val
			}
		case "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author":
			if m.metaAuthor == "" {
				m.metaAuthor = val
			}
		case "og:url":
			m.url = val
		case "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src":
			if m.image == "" {
				m.image = val
			}
		case "article:tag", "keywords", "news_keywords":
			m.tags = addTags(m.tags, val, key != "article:tag")
		case "description", "og:description":
			if m.desc == "" {
				m.desc = val
			}
		case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
			"dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "og:published_time",
			"sailthru.date", "parsely-pub-date", "publish-date", "article.published", "published_time",
			"og:article:published_time", "cxenseparse:recs:publishtime", "cxenseparse:publishtime",
			"pub_date", "publication_date", "publicationdate", "dc.date.created", "dcterms.created",
			"citation_publication_date", "citation_date", "prism.publicationdate", "datecreated",
			"shareaholic:article_published_time", "dc:date", "uploaddate":
			if _, ok := raw[key]; !ok {
				raw[key] = val
			}
		case "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
			"dcterms.modified", "last-modified", "modified_time", "og:article:modified_time",
			"dc:date.modified", "revision_date":
			raw[modifiedKey+key] = val
		}
	case atom.Link:
		if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
			m.url = attr(n, "href")
		}
	case atom.Script:
		switch typ := attr(n, "type"); {
		case strings.Contains(typ, "ld+json"):
			readJSONLD(textOf(n), m, raw)
		case typ == "":
			if src := textOf(n); isJSONLD(src) {
				// JSON-LD in a script without its type: read for
				// its dates only, as the page does not declare it
				// metadata.
				var scratch pageMeta
				readJSONLD(src, &scratch, raw)
			}
		}
	case atom.Time:
		key := "time-any"
		if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
			key = "time"
		} else if inChrome(n) || !hasAttr(n, "datetime") {
			return
		}
		if _, ok := raw[key]; !ok {
			raw[key] = attr(n, "datetime")
		}
	default:
		// Microdata on any element: <span itemprop="datePublished"
		// content="…">.
		if strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta {
			v := attr(n, "content")
			if v == "" {
				v = attr(n, "datetime")
			}
			if _, ok := raw["time"]; !ok && v != "" {
				raw["time"] = v
			}
		}
	}
}

// isJSONLD reports whether a script's source is a JSON-LD object.
func isJSONLD(src string) bool {
	src = strings.TrimSpace(src)
	return strings.HasPrefix(src, "{") && strings.Contains(src[:min(len(src), 200)], `"@context"`) &&
		strings.Contains(src[:min(len(src), 200)], "schema.org")
}

// modifiedKey prefixes the keys of modified dates in the date map: they are
// read only to be told apart from publication dates.
const modifiedKey = "modified:"

// pickDate chooses the publication date among the page's machine-readable
// dates: the most trusted source, unless another metadata source gives a
// later day that is not its modified date written again. Pages that republish an
// article keep its first date in one field and show the new one, which
// readers see, in another. Dates from <time> elements only fill a gap.
func pickDate(raw map[string]string) (article.Date, string) {
	modified := map[string]bool{}
	for k, v := range raw {
		if strings.HasPrefix(k, modifiedKey) {
			modified[strings.TrimSpace(v)] = true
		}
	}
	var best article.Date
	from := ""
	for _, key := range dateKeys {
		d, ok := dates.ParseISODate(raw[key])
		if !ok {
			continue
		}
		if from == "" {
			best, from = d, key
			continue
		}
		if key == "time" || key == "time-any" {
			continue
		}
		// A later date that is, to the letter, the page's modified date
		// is a modified date under another name.
		if d.Time.Format("2006-01-02") > best.Time.Format("2006-01-02") && !modified[strings.TrimSpace(raw[key])] {
			best, from = d, key
		}
	}
	return best, from
}

// publishedDates returns the publication dates in the date map, from
// every source.
func publishedDates(raw map[string]string) []article.Date {
	var out []article.Date
	for _, k := range dateKeys {
		if d, ok := dates.ParseISODate(raw[k]); ok {
			out = append(out, d)
		}
	}
	return out
}

// dateKeys are the sources of a publication date, most trusted first.
var dateKeys = []string{
	"ld", "article:published_time", "og:published_time", "datepublished", "time",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "parsely-pub-date",
	"og:article:published_time", "citation_publication_date", "prism.publicationdate",
	"sailthru.date", "publish-date", "publishdate", "pubdate", "article.published", "published_time",
	"shareaholic:article_published_time", "cxenseparse:recs:publishtime", "cxenseparse:publishtime",
	"pub_date", "publication_date", "publicationdate", "dc.date.created", "dcterms.created",
	"citation_date", "datecreated", "dc:date", "date", "uploaddate", "time-any", "ld-page",
}

// fill copies the metadata into doc, choosing the title.
func (m pageMeta) fill(doc *article.Document) {
	doc.Title = m.chooseTitle()
	doc.Date = m.date
	doc.Author = cleanAuthor(firstNonEmpty(m.author, m.metaAuthor), m.site)
	doc.Site = m.site
	doc.Lang = m.lang
	doc.Description = m.desc
	doc.Tags = m.tags
	if mdsafe.WebURL(m.url) != "" {
		doc.URL = m.url
	}
}

// maxTags is the most tags a page's metadata gives a Document.
const maxTags = 30

// addTags adds tag (or, when split, each comma-separated item of it) to
// tags, without repeating one (case folded).
func addTags(tags []string, tag string, split bool) []string {
	items := []string{tag}
	if split {
		items = strings.Split(tag, ",")
	}
	for _, t := range items {
		t = collapse(t)
		if t == "" || len(tags) >= maxTags {
			continue
		}
		dup := false
		for _, have := range tags {
			if strings.EqualFold(have, t) {
				dup = true
				break
			}
		}
		if !dup {
			tags = append(tags, t)
		}
	}
	return tags
}

// imageURL returns the page's image as an absolute http(s) URL, resolved
// against the page's URL when relative, or "".
func imageURL(image string, pageURL *nurl.URL) string {
	u, err := nurl.Parse(strings.TrimSpace(image))
	if err != nil || image == "" {
		return ""
	}
	if pageURL != nil {
		u = pageURL.ResolveReference(u)
	}
	if !mdsafe.IsWebURL(u) {
		return ""
	}
	return u.String()
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
