package extract

import (
	"encoding/json"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/clean"
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
	date       Date
	dateFrom   string            // where date came from: a key of dateKeys
	dateText   []dateText        // short texts near the headline that may give the date
	dates      map[string]string // raw machine-readable dates by source key
	descShown  bool              // the description is shown in the page's body
	author     string            // from JSON-LD: persons only
	metaAuthor string            // from meta tags
	site       string
	lang       string
	url        string
	desc       string
}

// readMeta collects the page's metadata before the readability pass changes
// the tree.
func readMeta(root *html.Node) pageMeta {
	var m pageMeta
	dates := map[string]string{}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = attr(n, "lang")
		case atom.Title:
			if m.title == "" && n.Parent != nil && n.Parent.DataAtom != atom.Svg {
				m.title = collapse(textOf(n))
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
				continue
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
				if _, ok := dates[key]; !ok {
					dates[key] = val
				}
			case "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
				"dcterms.modified", "last-modified", "modified_time", "og:article:modified_time",
				"dc:date.modified", "revision_date":
				dates[modifiedKey+key] = val
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
				m.url = attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(attr(n, "type"), "ld+json") {
				readJSONLD(textOf(n), &m, dates)
			} else if src := textOf(n); attr(n, "type") == "" && isJSONLD(src) {
				// JSON-LD in a script without its type: read for its
				// dates only, as the page does not declare it metadata.
				var scratch pageMeta
				readJSONLD(src, &scratch, dates)
			}
		case atom.Time:
			key := "time-any"
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
				key = "time"
			} else if inChrome(n) || !hasAttr(n, "datetime") {
				continue
			}
			if _, ok := dates[key]; !ok {
				dates[key] = attr(n, "datetime")
			}
		default:
			// Microdata on any element: <span itemprop="datePublished"
			// content="…">.
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") && n.DataAtom != atom.Meta {
				v := attr(n, "content")
				if v == "" {
					v = attr(n, "datetime")
				}
				if _, ok := dates["time"]; !ok && v != "" {
					dates["time"] = v
				}
			}
		}
	}
	m.dates = dates
	m.date, m.dateFrom = pickDate(dates)
	return m
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
func pickDate(dates map[string]string) (Date, string) {
	modified := map[string]bool{}
	for k, v := range dates {
		if strings.HasPrefix(k, modifiedKey) {
			modified[strings.TrimSpace(v)] = true
		}
	}
	var best Date
	from := ""
	for _, key := range dateKeys {
		d, ok := parseISODate(dates[key])
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
		if d.Time.Format("2006-01-02") > best.Time.Format("2006-01-02") && !modified[strings.TrimSpace(dates[key])] {
			best, from = d, key
		}
	}
	return best, from
}

// publishedDates returns the publication dates in the date map, from
// every source.
func publishedDates(dates map[string]string) []Date {
	var out []Date
	for _, k := range dateKeys {
		if d, ok := parseISODate(dates[k]); ok {
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

// readJSONLD reads headline, author, publisher and datePublished from a
// JSON-LD script, whatever its nesting (@graph, lists).
func readJSONLD(src string, m *pageMeta, dates map[string]string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	pageDate := "" // a WebPage's datePublished
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			typ := strings.ToLower(jsonString(x["@type"]))
			if !strings.Contains(typ, "article") && !strings.Contains(typ, "posting") &&
				!strings.Contains(typ, "report") && !strings.Contains(typ, "webpage") {
				if datedTypes[typ] {
					readJSONLDDates(x, dates)
				}
				return
			}
			isPage := strings.Contains(typ, "webpage")
			if h := collapse(html.UnescapeString(jsonString(x["headline"]))); h != "" && m.ldTitle == "" && !isPage {
				m.ldTitle = h
			}
			if d := jsonString(x["datePublished"]); d != "" {
				if _, ok := dates["ld"]; !ok && !isPage {
					dates["ld"] = d
				}
				if isPage && pageDate == "" {
					pageDate = d
				}
			}
			if d := jsonString(x["dateModified"]); d != "" {
				dates[modifiedKey+"ld"] = d
			}
			if m.author == "" && !isPage {
				m.author = jsonPersons(x["author"])
			}
			if m.site == "" && !isPage {
				m.site = jsonName(x["publisher"])
			}
		}
	}
	visit(v, 0)
	if pageDate != "" {
		// The page's own date: the publication date of what it shows
		// when nothing else dates it.
		dates["ld-page"] = pageDate
	}
}

// datedTypes are the JSON-LD types other than articles whose
// datePublished is the publication date of the page they describe: a
// recipe, a how-to, a review. Media objects are left out: an embedded
// video's date is not the page's.
var datedTypes = map[string]bool{"recipe": true, "howto": true, "review": true, "creativework": true,
	"question": true, "episode": true, "podcastepisode": true}

// readJSONLDDates reads datePublished and dateModified of a JSON-LD node.
func readJSONLDDates(x map[string]any, dates map[string]string) {
	if d := jsonString(x["datePublished"]); d != "" {
		if _, ok := dates["ld"]; !ok {
			dates["ld"] = d
		}
	}
	if d := jsonString(x["dateModified"]); d != "" {
		dates[modifiedKey+"ld"] = d
	}
}

// jsonString returns v as a string when it is one, or the first string of a
// list.
func jsonString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s := jsonString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonPersons returns the names of the JSON-LD persons in v, joined with
// commas: an article's authors, not its publishing organisation.
func jsonPersons(v any) string {
	switch x := v.(type) {
	case map[string]any:
		if t := strings.ToLower(jsonString(x["@type"])); t != "" && t != "person" {
			return ""
		}
		return jsonName(x)
	case []any:
		var names []string
		for _, e := range x {
			if s := jsonPersons(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return jsonName(v)
}

// jsonName returns the name of a JSON-LD person or organisation, or of
// several joined with commas.
func jsonName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "http") {
			return ""
		}
		return collapse(html.UnescapeString(x))
	case map[string]any:
		return collapse(html.UnescapeString(jsonString(x["name"])))
	case []any:
		var names []string
		for _, e := range x {
			if s := jsonName(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// authorPrefixes open an author field: the byline words (byline.go), and
// what pages put before a name where no sentence can follow.
var authorPrefixes = append([]string{"de ", "od ", "autor ", "auteur "}, bylinePrefixes...)

// bylineInfixes are the byline words after which a name follows inside a
// longer line ("Posted on 21 September by Jane Doe").
var bylineInfixes = []string{"by ", "von ", "por ", "par "}

// cleanAuthor returns an author's name without a byline word before it or
// punctuation after it; "" when it is a web address or the site's name,
// which pages put in the author field for want of one.
func cleanAuthor(a, site string) string {
	a = collapse(a)
	// "Posted on 21 September by Jane Doe": the name follows the last
	// byline word.
	lower := strings.ToLower(a)
	for _, p := range bylineInfixes {
		if i := strings.LastIndex(lower, " "+p); i >= 0 {
			a = a[i+1:]
			break
		}
	}
	for _, p := range authorPrefixes {
		if len(a) > len(p) && strings.EqualFold(a[:len(p)], p) {
			a = strings.TrimSpace(a[len(p):])
			break
		}
	}
	a = strings.Trim(a, " ,;|-–:")
	if len(a) < 3 || strings.Contains(a, "://") || strings.Contains(a, "/") && !strings.Contains(a, " ") || isDomain(a) {
		return ""
	}
	if site != "" && clean.Fold(a) == clean.Fold(site) {
		return ""
	}
	for _, p := range bylinePrefixes {
		if strings.EqualFold(a, strings.Trim(p, " :")) {
			return "" // a byline word alone
		}
	}
	return a
}

// fill copies the metadata into doc, choosing the title.
func (m pageMeta) fill(doc *Document) {
	doc.Title = m.chooseTitle()
	doc.Date = m.date
	doc.Author = cleanAuthor(firstNonEmpty(m.author, m.metaAuthor), m.site)
	doc.Site = m.site
	doc.Lang = m.lang
	doc.Description = m.desc
	if WebURL(m.url) != "" {
		doc.URL = m.url
	}
}

// chooseTitle reconciles the headline candidates. Readers see the page's
// visible headline, so the visible headings win when the metadata confirms
// them; the checks, in order:
//
//  1. an <h1> that is a metadata title, or a part of <title>, as it stands;
//  2. the <h1> most like a metadata title, without a kicker, section or
//     date glued before it or a subtitle after it;
//  3. an <h2> much like the metadata (blogs whose <h1> is the site's name),
//     unless a JSON-LD headline says otherwise;
//  4. without an <h1> but one-word labels, the first <h2> when it shares a
//     word with the metadata;
//  5. a lone <h1> that reads like a headline (three words or more), or
//     whose words the metadata title holds all;
//  6. the metadata title without the site's name: JSON-LD headline,
//     og:title, <title>; the headline they share after a colon when
//     og:title and <title> put different kickers before it.
//
// Headings that name the site (og:site_name, a link to the home page, a
// domain, the address's name, a short name after a separator in <title>)
// and labels ("You are here:") are never the title. A kicker in an element
// of its own before the headline is left out when the page marks it off or
// the metadata sets it off (headKicker).
func (m pageMeta) chooseTitle() string {
	names := slices.Clone(m.home)
	logos := slices.Clone(m.home) // names that need no title to tell them
	for _, h := range m.h1 {
		if isSiteName(h, m) {
			names = append(names, h)
		}
		if namesSite(h, m) {
			logos = append(logos, h)
		}
	}
	label := m.siteLabel()
	glued := append([]string{m.site}, names...)
	title := stripSiteName(cutGluedName(trimNames(m.title, glued)), m.site, label, names, logos, true)
	og := stripSiteName(cutGluedName(trimNames(m.ogTitle, glued)), m.site, label, names, logos, false)
	meta := []string{m.ldTitle, og, title, m.ogTitle, m.title}
	raw := []string{m.ldTitle, m.ogTitle, m.title}
	stripped := []string{og, title}
	var h1 []string
	for _, h := range m.h1 {
		if !isLabel(h) && !isSiteName(h, m) {
			if k, ok := m.kickers[h]; ok {
				h = k.headline(h, raw)
			}
			h1 = append(h1, h)
		}
	}
	// A heading that is a metadata title, or a part of one, is confirmed.
	parts := append(splitAll(m.title), splitAll(m.ogTitle)...)
	for _, h := range h1 {
		f := clean.Fold(h)
		if slices.ContainsFunc(raw, func(t string) bool { return t != "" && clean.Fold(t) == f }) {
			return h
		}
		if len(parts) > 2 && len(words(h)) >= 2 && slices.ContainsFunc(parts, func(t string) bool { return clean.Fold(t) == f }) {
			return h
		}
		// A one-word heading that holds the title's first part is that
		// part said more precisely ("Choir history" for "History").
		if len(words(h)) == 1 && len(parts) > 1 && !isSiteName(h, m) {
			if p := clean.Fold(parts[0]); len(p) >= minShared && len(f) > len(p) && strings.Contains(f, p) {
				return h
			}
		}
	}
	best, bestSim := "", 0.0
	for _, h := range h1 {
		if s := maxSimilarity(h, meta); s > bestSim {
			best, bestSim = h, s
		}
	}
	if bestSim >= 0.5 {
		return withoutPrefix(best, raw, stripped)
	}
	for _, h := range m.h2 {
		// A JSON-LD headline is the publisher's own word on the title; an
		// <h2> like another metadata title does not overrule it.
		if s := maxSimilarity(h, meta); s >= 0.8 && (m.ldTitle == "" || maxSimilarity(h, []string{m.ldTitle}) >= 0.8) {
			return withoutPrefix(h, raw, stripped)
		}
	}
	metaTitle := firstNonEmpty(m.ldTitle, og, title)
	if t := sharedTail(og, title); t != "" && m.ldTitle == "" {
		metaTitle = t
	}
	// One-word <h1>s that share nothing with the metadata are labels
	// ("Page", "Menu"), not headlines.
	headline := slices.ContainsFunc(h1, func(h string) bool { return len(words(h)) > 1 || sharesWord(h, raw) })
	if !headline && len(m.h2) > 0 && m.ldTitle == "" {
		// Without an <h1>, the first <h2> is the headline when it reads
		// like one and shares a word with the metadata.
		if h := m.h2[0]; len(words(h)) >= 2 && !isLabel(h) && !isSiteName(h, m) && sharesWord(h, raw) {
			return h
		}
	}
	for _, h := range h1 {
		if isSiteName(h, m) {
			continue
		}
		// A lone <h1> unlike the metadata is the headline when it reads
		// like one, not like a section label, or when the metadata title
		// holds all its words: the page's name for itself, said shorter.
		if metaTitle == "" || len(words(h)) >= 3 || within(h, metaTitle) {
			return h
		}
		break
	}
	if metaTitle != "" {
		return metaTitle
	}
	if len(h1) > 0 {
		return h1[0]
	}
	return ""
}

// withoutPrefix returns the metadata title that a heading starts or ends
// with, when the heading only adds a kicker, a section or a date before it,
// or a subtitle after it.
//
// The page's own metadata titles count at both ends; titles stripped of a
// site name only at the end, and not after a separator: a heading such as
// "Pets – Buying a puppy" is whole, whatever its stripped title says.
func withoutPrefix(h string, raw, stripped []string) string {
	fh := clean.Fold(h)
	for _, t := range raw {
		ft := clean.Fold(t)
		if len(words(t)) >= 3 && len(ft) < len(fh) && (strings.HasSuffix(fh, ft) || strings.HasPrefix(fh, ft)) {
			return t
		}
	}
	for _, t := range stripped {
		ft := clean.Fold(t)
		if len(words(t)) < 3 || len(ft) >= len(fh) || !strings.HasSuffix(fh, ft) {
			continue
		}
		before := strings.TrimSpace(fh[:len(fh)-len(ft)])
		if last, _ := utf8.DecodeLastRuneInString(before); !strings.ContainsRune("|–—-·/»«:•", last) {
			return t
		}
	}
	return h
}

// sharedTail returns the headline that two metadata titles give after
// different kickers ("Preview: Ten new games", "Games: Ten new games"):
// the same text after a colon in both; "" when there is none.
func sharedTail(a, b string) string {
	fa, fb := clean.Fold(a), clean.Fold(b)
	if strings.HasSuffix(fa, fb) || strings.HasSuffix(fb, fa) {
		return "" // one is the other with a site's name before it
	}
	i, j := strings.LastIndex(a, ": "), strings.LastIndex(b, ": ")
	if i <= 0 || j <= 0 {
		return ""
	}
	tail := strings.TrimSpace(a[i+2:])
	if len(words(tail)) < 2 || clean.Fold(tail) != clean.Fold(b[j+2:]) {
		return ""
	}
	return tail
}

// within reports whether every word of h is a word of t.
func within(h, t string) bool {
	tw := words(t)
	for _, w := range words(h) {
		if !slices.Contains(tw, w) {
			return false
		}
	}
	return true
}

// isLabel reports whether a heading is a label for what follows ("You are
// here:") rather than a headline.
func isLabel(h string) bool {
	return strings.HasSuffix(h, ":")
}

// minShared is the shortest word, in bytes, that counts as shared by two
// titles: shorter ones are function words. minStem is the shortest common
// start of two words that makes them one word in two forms
// ("Beitragseinreichung", "Beitragseinreichungen").
const minShared, minStem = 4, 7

// sharesWord reports whether h has a word of some length in common with one
// of texts, in the same or another form.
func sharesWord(h string, texts []string) bool {
	for _, w := range words(h) {
		if len(w) < minShared {
			continue
		}
		for _, t := range texts {
			for _, v := range words(t) {
				if v == w || commonPrefix(v, w) >= minStem {
					return true
				}
			}
		}
	}
	return false
}

// commonPrefix returns the length in bytes of the common start of a and b.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// isSiteName reports whether a heading only names the site: it is the
// og:site_name, or it links to the home page like a logo.
func isSiteName(h string, m pageMeta) bool {
	if namesSite(h, m) {
		return true
	}
	f := clean.Fold(h)
	// A name of a word or two that stands in the page's <title> after a
	// separator is the site's.
	if len(words(h)) > 2 {
		return false
	}
	parts := splitAll(m.title)
	for _, p := range parts[min(1, len(parts)):] {
		if clean.Fold(p) == f {
			return true
		}
	}
	return false
}

// siteLabel returns the site's name as its address spells it: from the
// page's URL, or from a site name that is a domain.
func (m pageMeta) siteLabel() string {
	if l := hostLabel(m.url); l != "" {
		return l
	}
	if isDomain(m.site) {
		return domainLabel(m.site)
	}
	return ""
}

// namesSite reports whether a heading names the site by itself: it is the
// og:site_name, a logo linking home, a domain or the address's name.
func namesSite(h string, m pageMeta) bool {
	f := clean.Fold(h)
	if m.site != "" && f == clean.Fold(m.site) {
		return true
	}
	if slices.ContainsFunc(m.home, func(x string) bool { return clean.Fold(x) == f }) {
		return true
	}
	return isDomain(h) || spellsHost(h, m.siteLabel())
}

// isDomain reports whether a heading is a domain name, such as a blog's
// "example.com".
func isDomain(h string) bool {
	i := strings.LastIndexByte(h, '.')
	if strings.ContainsAny(h, " \t") || i <= 0 || len(h)-i-1 < 2 || len(h)-i-1 > 6 {
		return false
	}
	for _, r := range h[i+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// splitAll splits a page title at every separator of every kind.
func splitAll(title string) []string {
	parts := []string{title}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// linksHome reports whether a heading holds a link to the site's home page.
func linksHome(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type != html.ElementNode || d.DataAtom != atom.A {
			continue
		}
		href := strings.TrimSpace(attr(d, "href"))
		if i := strings.Index(href, "://"); i >= 0 {
			href = href[i+3:]
			if j := strings.IndexByte(href, '/'); j >= 0 {
				href = href[j:]
			} else {
				href = "/"
			}
		}
		switch strings.TrimSuffix(href, "index.html") {
		case "/", "./", "", "#":
			if hasAttr(d, "href") {
				return true
			}
		}
	}
	return false
}

// maxSimilarity returns the best similarity of h to any of texts.
func maxSimilarity(h string, texts []string) float64 {
	best := 0.0
	hw := words(h)
	for _, t := range texts {
		if t == "" {
			continue
		}
		if s := dice(hw, words(t)); s > best {
			best = s
		}
	}
	return best
}

// words returns the lower-cased words of s, punctuation dropped.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// dice returns the Dice coefficient of two word lists: twice the shared
// words over the sum of their lengths.
func dice(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	count := make(map[string]int, len(b))
	for _, w := range b {
		count[w]++
	}
	shared := 0
	for _, w := range a {
		if count[w] > 0 {
			count[w]--
			shared++
		}
	}
	return 2 * float64(shared) / float64(len(a)+len(b))
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// titleSeparators split a site name from a page title, strongest first.
var titleSeparators = []string{" | ", " – ", " — ", " - ", " :: ", " « ", " » ", " · ", " • ", " / ", " // ", " : "}

// splitTitle splits a page title at the first separator kind it holds.
func splitTitle(title string) []string {
	for _, sep := range titleSeparators {
		if strings.Contains(title, sep) {
			parts := strings.Split(title, sep)
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			return parts
		}
	}
	return []string{title}
}

// stripSiteName removes a site name glued to a title by separators: parts
// that name the site (og:site_name, the address's name label, or one of
// the page's <h1> when that is not the whole title) go, at every separator
// kind, and a logo's name (logos) ends the headline; when none does and
// longest is set, the longest part at the strongest separator stays.
func stripSiteName(title, site, label string, headings, logos []string, longest bool) string {
	names := map[string]bool{}
	if site != "" {
		names[clean.Fold(site)] = true
	}
	cut := false
	// A logo's name inside the title ends the headline: what follows it is
	// the site's tagline. (A short heading named in the title may be a
	// section's, before the headline.)
	for i, p := range splitAll(title) {
		if i == 0 || !slices.ContainsFunc(logos, func(h string) bool { return clean.Fold(h) == clean.Fold(p) }) {
			continue
		}
		if at := strings.Index(title, p); at > 0 {
			if head := strings.TrimRight(title[:at], " |–—-:»«·•/"); head != "" {
				title, cut = head, true
				break
			}
		}
	}
	for _, sep := range titleSeparators {
		if !strings.Contains(title, sep) {
			continue
		}
		var keep []string
		for _, p := range strings.Split(title, sep) {
			f := clean.Fold(p)
			if names[f] || namesHost(strings.TrimSpace(p), label) || slices.ContainsFunc(headings, func(h string) bool { return clean.Fold(h) == f }) {
				cut = true
				continue
			}
			keep = append(keep, strings.TrimSpace(p))
		}
		if len(keep) > 0 {
			title = strings.Join(keep, sep)
		}
	}
	if cut || !longest {
		return title
	}
	parts := splitTitle(title)
	best := ""
	for _, p := range parts {
		if len([]rune(p)) > len([]rune(best)) {
			best = p
		}
	}
	if best == "" {
		return title
	}
	return best
}

// kickerTokens mark the parts of a headline that are not the headline: a
// kicker (Dachzeile, strapline, supertitle) above it, or text only screen
// readers get.
var kickerTokens = []string{"kicker", "dachzeile", "overline", "topline", "eyebrow", "roofline",
	"strapline", "supertitle", "toptitle", "sr-only", "visually-hidden", "screen-reader", "visuallyhidden", "aural"}

// hiddenHeading reports whether a heading is there for screen readers only.
func hiddenHeading(n *html.Node) bool {
	return strings.EqualFold(attr(n, "aria-hidden"), "true") || hasToken(n, kickerTokens)
}

// headingText returns a heading's visible text without its kicker, scripts
// and styles.
func headingText(n *html.Node) string {
	var sb strings.Builder
	writeHeading(&sb, n.FirstChild, nil)
	return tidyHeading(sb.String())
}

// writeHeading writes the visible text of the nodes from first up to end
// (nil: the last sibling), leaving out kickers, scripts, styles and ruby
// readings.
func writeHeading(sb *strings.Builder, first, end *html.Node) {
	for c := first; c != end; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			if skipped[c.DataAtom] || c.DataAtom == atom.Rt || c.DataAtom == atom.Rp || hasToken(c, kickerTokens) {
				continue
			}
			if c.DataAtom == atom.Br {
				sb.WriteByte(' ')
			}
			writeHeading(sb, c.FirstChild, nil)
		}
	}
}

// tidyHeading collapses a heading's spaces and drops soft hyphens and the
// punctuation or ornament that leads into it ("» ", "[> ").
func tidyHeading(t string) string {
	t = collapse(strings.ReplaceAll(t, "\u00ad", ""))
	t = strings.TrimLeft(t, ":|–—-· ")
	if lead, rest, ok := strings.Cut(t, " "); ok && isOrnament(lead) {
		t = rest
	}
	return t
}

// isOrnament reports whether a heading's first word is marks of
// decoration only: no letters, digits, quotes, ellipsis or bracket that
// something closes.
func isOrnament(w string) bool {
	if utf8.RuneCountInString(w) > 3 {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'„“”‘’‚«»‹›(.…¿¡&", r) {
			return false
		}
	}
	return true
}

// hasToken reports whether n's class or id holds one of tokens.
func hasToken(n *html.Node, tokens []string) bool {
	ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if len(ci) < 2 {
		return false
	}
	for _, t := range tokens {
		if strings.Contains(ci, t) {
			return true
		}
	}
	return false
}

// inChrome reports whether n sits in the page's navigation or footer.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		}
	}
	return false
}

// textOf returns the text below n.
func textOf(n *html.Node) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	return sb.String()
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// collapse folds runs of white space into single spaces and trims.
func collapse(s string) string {
	return clean.Collapse(s)
}
