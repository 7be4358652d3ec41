package htmlpage

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

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
