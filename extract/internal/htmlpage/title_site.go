package htmlpage

import (
	nurl "net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hostLabel returns the name a page's address gives its site: the label
// before the domain suffix, "example" for https://www.example.co.uk/a. An
// archived page's address counts for the page it archives.
func hostLabel(raw string) string {
	if i := max(strings.LastIndex(raw, "http://"), strings.LastIndex(raw, "https://")); i > 0 {
		raw = raw[i:] // https://archive.example/web/2014/http://site.example/
	}
	u, err := nurl.Parse(raw)
	if err != nil {
		return ""
	}
	return domainLabel(u.Hostname())
}

// secondLevel are the labels that sit between a country's suffix and the
// site's name: example.co.uk, example.com.au.
var secondLevel = map[string]bool{"co": true, "com": true, "org": true, "net": true, "gov": true,
	"ac": true, "or": true, "ne": true, "gv": true, "edu": true}

// domainLabel returns the site's label of a domain name: "example" for
// "www.example.co.uk"; "" when there is none.
func domainLabel(host string) string {
	labels := strings.Split(strings.ToLower(host), ".")
	if len(labels) < 2 {
		return ""
	}
	i := len(labels) - 2
	if i > 0 && secondLevel[labels[i]] && len(labels[len(labels)-1]) == 2 {
		i--
	}
	return labels[i]
}

// namesHost reports whether a title part is the site's name as its address
// spells it (spellsHost), or a name of two words opening with it ("Example
// Magazine").
func namesHost(p, label string) bool {
	if spellsHost(p, label) {
		return true
	}
	w := words(p)
	return label != "" && len(w) == 2 && squash(w[0]) == squash(label)
}

// spellsHost reports whether a text is the site's name as its address
// spells it (label from hostLabel): "Bay 4 Boats" or "bayforboats.com"
// for bayforboats.
func spellsHost(p, label string) bool {
	if label == "" {
		return false
	}
	if isDomain(p) {
		return domainLabel(p) == label
	}
	return squash(p) == squash(label)
}

// squash returns s lower-cased with letters and digits only.
func squash(s string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// trimNames removes a name glued to either end of a title by a separator
// with or without spaces ("Site|Headline", "Headline-Site").
func trimNames(title string, names []string) string {
	for _, name := range names {
		if name == "" || len(name) >= len(title) {
			continue
		}
		if strings.EqualFold(title[:len(name)], name) && separates(title[len(name):]) {
			title = strings.TrimSpace(strings.TrimLeft(title[len(name):], " "+titleSeparatorRunes))
			continue
		}
		if strings.EqualFold(title[len(title)-len(name):], name) && separates(reverse(title[:len(title)-len(name)])) {
			title = strings.TrimSpace(strings.TrimRight(title[:len(title)-len(name)], " "+titleSeparatorRunes))
		}
	}
	return title
}

// titleSeparatorRunes are the characters that glue a site's name to a
// title.
const titleSeparatorRunes = "|–—-:»«·•/_"

// separates reports whether s opens with a separator glued to the name
// before it or to the text after it (stripSiteName splits at the spaced
// ones), and not a hyphen joining two words ("Site-affair"): a bar, or a
// mark with a space on one side.
func separates(s string) bool {
	before := strings.HasPrefix(s, " ")
	s = strings.TrimLeft(s, " ")
	r, size := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(titleSeparatorRunes, r) {
		return false
	}
	after := strings.HasPrefix(s[size:], " ")
	if before && after {
		return false
	}
	return before || after || r == '|' || !hasSpace(s)
}

// hasSpace reports whether s holds a space: titles in scripts written
// without spaces glue names to them with bare marks.
func hasSpace(s string) bool {
	return strings.ContainsRune(s, ' ')
}

// reverse returns s with its runes in reverse order.
func reverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}

// maxGluedName is the longest site name, in characters, that a title in a
// script without spaces glues to its end.
const maxGluedName = 8

// cutGluedName removes the site's name that a title written without spaces
// (Chinese, Japanese) glues to its end by a bare mark: "标题-新闻网". The
// name must be letters of such a script only, and the headline before it
// at least twice as long.
func cutGluedName(t string) string {
	i := strings.LastIndexAny(t, "-_|｜")
	if i <= 0 {
		return t
	}
	_, size := utf8.DecodeRuneInString(t[i:])
	head, name := t[:i], t[i+size:]
	n := utf8.RuneCountInString(name)
	if n == 0 || n > maxGluedName || utf8.RuneCountInString(head) < 2*n || strings.ContainsRune(head, ' ') {
		return t
	}
	for _, r := range name {
		if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) && r != 'ー' {
			return t
		}
	}
	return head
}
