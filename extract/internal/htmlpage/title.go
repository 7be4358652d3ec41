package htmlpage

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
		f := lang.Fold(h)
		if slices.ContainsFunc(raw, func(t string) bool { return t != "" && lang.Fold(t) == f }) {
			return h
		}
		if len(parts) > 2 && len(words(h)) >= 2 && slices.ContainsFunc(parts, func(t string) bool { return lang.Fold(t) == f }) {
			return h
		}
		// A one-word heading that holds the title's first part is that
		// part said more precisely ("Choir history" for "History").
		if len(words(h)) == 1 && len(parts) > 1 && !isSiteName(h, m) {
			if p := lang.Fold(parts[0]); len(p) >= minShared && len(f) > len(p) && strings.Contains(f, p) {
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
	fh := lang.Fold(h)
	for _, t := range raw {
		ft := lang.Fold(t)
		if len(words(t)) >= 3 && len(ft) < len(fh) && (strings.HasSuffix(fh, ft) || strings.HasPrefix(fh, ft)) {
			return t
		}
	}
	for _, t := range stripped {
		ft := lang.Fold(t)
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
	fa, fb := lang.Fold(a), lang.Fold(b)
	if strings.HasSuffix(fa, fb) || strings.HasSuffix(fb, fa) {
		return "" // one is the other with a site's name before it
	}
	i, j := strings.LastIndex(a, ": "), strings.LastIndex(b, ": ")
	if i <= 0 || j <= 0 {
		return ""
	}
	tail := strings.TrimSpace(a[i+2:])
	if len(words(tail)) < 2 || lang.Fold(tail) != lang.Fold(b[j+2:]) {
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
	f := lang.Fold(h)
	// A name of a word or two that stands in the page's <title> after a
	// separator is the site's.
	if len(words(h)) > 2 {
		return false
	}
	parts := splitAll(m.title)
	for _, p := range parts[min(1, len(parts)):] {
		if lang.Fold(p) == f {
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
	f := lang.Fold(h)
	if m.site != "" && f == lang.Fold(m.site) {
		return true
	}
	if slices.ContainsFunc(m.home, func(x string) bool { return lang.Fold(x) == f }) {
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
// After the first separator's pass the parts are trimmed and none is
// empty, so a separator that no part holds leaves them as they are: most
// titles hold one or two of the twelve, and each pass made new lists.
func splitAll(title string) []string {
	parts := []string{title}
	for k, sep := range titleSeparators {
		if k > 0 && !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, sep) }) {
			continue
		}
		var next []string
		for _, p := range parts {
			if !strings.Contains(p, sep) {
				if q := strings.TrimSpace(p); q != "" {
					next = append(next, q)
				}
				continue
			}
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
		names[lang.Fold(site)] = true
	}
	cut := false
	// A logo's name inside the title ends the headline: what follows it is
	// the site's tagline. (A short heading named in the title may be a
	// section's, before the headline.)
	for i, p := range splitAll(title) {
		if i == 0 || !slices.ContainsFunc(logos, func(h string) bool { return lang.Fold(h) == lang.Fold(p) }) {
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
			f := lang.Fold(p)
			if names[f] || namesHost(strings.TrimSpace(p), label) || slices.ContainsFunc(headings, func(h string) bool { return lang.Fold(h) == f }) {
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
