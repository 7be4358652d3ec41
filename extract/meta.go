package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself in its head and markup.
type pageMeta struct {
	title   string // <title>
	ogTitle string // og:title, twitter:title
	ldTitle string // JSON-LD headline
	h1      []string
	date    Date
	author  string
	site    string
	lang    string
	url     string
	desc    string
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
			if t := collapse(textOf(n)); t != "" {
				m.h1 = append(m.h1, t)
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
				if m.author == "" && !strings.HasPrefix(val, "http") {
					m.author = val
				}
			case "og:url":
				m.url = val
			case "description", "og:description":
				if m.desc == "" {
					m.desc = val
				}
			case "article:published_time", "datepublished", "date", "pubdate", "publishdate",
				"dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "og:published_time",
				"sailthru.date", "parsely-pub-date", "publish-date", "article.published", "published_time":
				if _, ok := dates[key]; !ok {
					dates[key] = val
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.url == "" {
				m.url = attr(n, "href")
			}
		case atom.Script:
			if strings.Contains(attr(n, "type"), "ld+json") {
				readJSONLD(textOf(n), &m, dates)
			}
		case atom.Time:
			if strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") {
				if _, ok := dates["time"]; !ok {
					dates["time"] = attr(n, "datetime")
				}
			}
		}
	}
	for _, key := range dateKeys {
		if d, ok := parseISODate(dates[key]); ok {
			m.date = d
			break
		}
	}
	return m
}

// dateKeys are the sources of a publication date, most trusted first.
var dateKeys = []string{
	"ld", "article:published_time", "og:published_time", "datepublished", "time",
	"dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "parsely-pub-date",
	"sailthru.date", "publish-date", "publishdate", "pubdate", "article.published", "published_time", "date",
}

// readJSONLD reads headline, author, publisher and datePublished from a
// JSON-LD script, whatever its nesting (@graph, lists).
func readJSONLD(src string, m *pageMeta, dates map[string]string) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
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
				return
			}
			isPage := strings.Contains(typ, "webpage")
			if h := collapse(jsonString(x["headline"])); h != "" && m.ldTitle == "" && !isPage {
				m.ldTitle = h
			}
			if d := jsonString(x["datePublished"]); d != "" {
				if _, ok := dates["ld"]; !ok && !isPage {
					dates["ld"] = d
				}
			}
			if m.author == "" && !isPage {
				m.author = jsonName(x["author"])
			}
			if m.site == "" && !isPage {
				m.site = jsonName(x["publisher"])
			}
		}
	}
	visit(v, 0)
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

// jsonName returns the name of a JSON-LD person or organisation, or of
// several joined with commas.
func jsonName(v any) string {
	switch x := v.(type) {
	case string:
		if strings.HasPrefix(x, "http") {
			return ""
		}
		return collapse(x)
	case map[string]any:
		return collapse(jsonString(x["name"]))
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

// fill copies the metadata into doc, choosing the title.
func (m pageMeta) fill(doc *Document) {
	doc.Title = m.chooseTitle()
	doc.Date = m.date
	doc.Author = m.author
	doc.Site = m.site
	doc.Lang = m.lang
	doc.Description = m.desc
	if strings.HasPrefix(m.url, "http") {
		doc.URL = m.url
	}
}

// chooseTitle reconciles the headline candidates: the page's <h1> when the
// metadata confirms it, else the metadata title without the site name.
func (m pageMeta) chooseTitle() string {
	meta := []string{m.ldTitle, m.ogTitle, m.title}
	for _, h := range m.h1 {
		for _, t := range meta {
			if t != "" && strings.Contains(strings.ToLower(t), strings.ToLower(h)) && len(h) > 3 {
				return h
			}
		}
	}
	if m.ldTitle != "" {
		return m.ldTitle
	}
	if m.ogTitle != "" {
		return stripSiteName(m.ogTitle, m.site)
	}
	if m.title != "" {
		return stripSiteName(m.title, m.site)
	}
	if len(m.h1) > 0 {
		return m.h1[0]
	}
	return ""
}

// titleSeparators split a site name from a page title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " / "}

// stripSiteName removes a site name glued to a title by a separator,
// keeping the longest part.
func stripSiteName(title, site string) string {
	for _, sep := range titleSeparators {
		if !strings.Contains(title, sep) {
			continue
		}
		parts := strings.Split(title, sep)
		best := ""
		for _, p := range parts {
			p = strings.TrimSpace(p)
			if site != "" && strings.EqualFold(p, site) {
				continue
			}
			if len([]rune(p)) > len([]rune(best)) {
				best = p
			}
		}
		if best != "" {
			return best
		}
	}
	return title
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
	return strings.Join(strings.Fields(s), " ")
}
