package clean

import (
	"github.com/pare-dev/pare/internal/lang"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// chromeWords are words of class names and ids that mark page chrome: share
// bars, related-article lists, comment sections, cookie and newsletter
// boxes, ads, breadcrumbs, sidebars and widgets, post meta lines. They are
// matched as whole words of a class or id split at punctuation, so that
// "share-bar" matches and "shareholder" does not.
var chromeWords = map[string]bool{
	"share": true, "shares": true, "sharing": true, "sharebar": true, "social": true, "socials": true,
	"socialmedia": true, "related": true, "relatedposts": true, "comments": true,
	"commentlist": true, "respond": true, "newsletter": true, "cookie": true, "cookies": true,
	"consent": true, "gdpr": true, "breadcrumb": true, "breadcrumbs": true, "sidebar": true,
	"advert": true, "advertisement": true, "advertising": true, "ads": true, "ad": true,
	"adslot": true, "anzeige": true, "werbung": true, "publicidad": true, "sponsored": true,
	"subscribe": true, "subscription": true, "outbrain": true, "taboola": true, "popup": true,
	"promo": true, "recommended": true, "recommendations": true,
	"tags": true, "tagcloud": true, "pagination": true, "pager": true,
	"byline": true, "author": true, "meta": true, "toolbar": true, "skiplink": true,
	"rating": true, "instagram": true, "embed": true, "teasers": true, "bio": true, "infobox": true,
	"abo": true, "paywall": true, "more": true, "contact": true, "kontakt": true, "tools": true,
	"actions": true, "feedback": true, "donation": true, "spenden": true, "popular": true,
	"mostread": true, "trending": true, "topics": true, "keywords": true, "categories": true,
	"footer": true, "navigation": true, "nav": true, "menu": true, "masthead": true, "logo": true,
	"search": true, "kommentar": true, "kommentare": true, "reply": true, "replies": true,
	"discussion": true, "disqus": true, "autor": true, "notice": true, "aside": true,
	"recirculation": true, "cta": true, "alert": true, "banner": true, "login": true, "signup": true, "disclaimer": true,
}

// otherTextWords are the chrome words that name text of others than the
// article's author, however much of it there is: comment threads and
// lists of other articles.
var otherTextWords = map[string]bool{
	"comments": true, "commentlist": true, "respond": true, "reply": true, "replies": true,
	"discussion": true, "disqus": true, "kommentar": true, "kommentare": true,
	"related": true, "relatedposts": true, "recommended": true, "recommendations": true,
	"popular": true, "mostread": true, "trending": true, "teasers": true, "outbrain": true,
	"taboola": true, "recirculation": true,
}

// ChromeClass drops elements whose class or id names them chrome (see
// chromeWords). A class that only says how the element relates to chrome
// (no-share, with-sidebar, has-comments, sidebar-off), a BEM modifier
// (section--ads) and a WordPress taxonomy class (category-social) do not
// count. Nor does a name on an element that holds running text,
// runningTextMin bytes or more with few links (the rest of a post under
// "entry-more", a video's description in "meta-information", a post whose
// class names its author), unless the name says comments or other articles
// (otherTextWords).
var ChromeClass = DOMRule{
	Name: "chrome-class",
	Drop: func(n *html.Node) bool {
		found, other := false, false
		mark := func(name string) {
			if w, ok := chromeWord(name); ok {
				found = true
				other = other || otherTextWords[w]
			}
		}
		for name := range strings.FieldsSeq(attr(n, "class")) {
			mark(name)
		}
		mark(attr(n, "id"))
		if !found || other {
			return found
		}
		text, links := linkedText(n)
		return text < runningTextMin || links*5 >= text
	},
}

// runningTextMin is how many bytes of text outside links make an element
// more than chrome, whatever its class says.
const runningTextMin = 500

// linkedText returns the bytes of n's visible text outside links and in
// them.
func linkedText(n *html.Node) (text, links int) {
	var walk func(n *html.Node, inA bool)
	walk = func(n *html.Node, inA bool) {
		switch n.Type {
		case html.TextNode:
			if t := len(strings.TrimSpace(n.Data)); inA {
				links += t
			} else {
				text += t
			}
			return
		case html.ElementNode:
			if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
				return
			}
			inA = inA || n.DataAtom == atom.A
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inA)
		}
	}
	walk(n, false)
	return text, links
}

// relationWords open or close a class name that describes a layout rather
// than names a part of it.
var relationWords = map[string]bool{
	"no": true, "with": true, "without": true, "has": true, "is": true, "category": true,
	"tag": true, "off": true, "hide": true, "show": true, "layout": true, "template": true,
	"sticky": true, "fixed": true, "container": true, "wrap": true, "wrapper": true, "below": true, "above": true,
}

// chromeWord returns the chrome word that one class name or id holds, if
// it names chrome.
func chromeWord(name string) (string, bool) {
	if name == "" {
		return "", false
	}
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	if !lowerASCII(name) {
		// Lower-casing may change the bytes or their number (and a few
		// non-ASCII letters become ASCII ones): the words of the
		// lower-cased name.
		return chromeWordOf(strings.ToLower(name))
	}
	found := ""
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= '0' && name[i] <= '9') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start < 0 {
			continue
		}
		w := name[start:i]
		start = -1
		switch classWordTable.kind(w) {
		case 0:
		case chromeKind:
			found = w
		default: // a relation word, which may be a chrome word too
			return "", false
		}
	}
	return found, found != ""
}

// chromeWordOf is chromeWord of a lower-cased name cut at "--".
func chromeWordOf(name string) (string, bool) {
	found := ""
	for w := range lang.AlnumWords(name) {
		switch classWordKinds[w] {
		case 0:
		case chromeKind:
			found = w
		default: // a relation word, which may be a chrome word too
			return "", false
		}
	}
	return found, found != ""
}

// lowerASCII reports whether s is ASCII without upper-case letters, which
// strings.ToLower leaves as it is.
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// classWordTable holds classWordKinds in an open-addressed table
// (linear probing) whose hash reads at most three bytes of a word: one
// look-up a word of a class name, without hashing the whole word as a map
// does. Held to classWordKinds by TestClassWordTable.
var classWordTable = newWordTable(classWordKinds)

// newWordTable returns the table of the words of m (none empty) and their
// kinds (none 0).
func newWordTable(m map[string]uint8) *wordTable {
	t := &wordTable{}
	for w, kind := range m {
		i := wordHash(w)
		for t[i].word != "" {
			i = (i + 1) % wordTableSize
		}
		t[i] = wordSlot{w, kind}
	}
	return t
}

// wordTableSize is the slots of a wordTable, a power of two many times
// the words of classWordKinds and creditWords.
const wordTableSize = 1024

type wordSlot struct {
	word string
	kind uint8
}

type wordTable [wordTableSize]wordSlot

// wordHash is the first slot of a wordTable probed for w, not empty.
func wordHash(w string) uint32 {
	n := uint32(len(w))
	return (n*0x9e37 ^ uint32(w[0])*0x2f1 ^ uint32(w[n-1])*0x61 ^ uint32(w[n/2])*0x11d) % wordTableSize
}

// kind returns the kind of w in the map the table was made of, 0 for a
// word not in it; w is not empty.
func (t *wordTable) kind(w string) uint8 {
	for i := wordHash(w); ; i = (i + 1) % wordTableSize {
		switch s := &t[i]; {
		case s.word == "":
			return 0
		case s.word == w:
			return s.kind
		}
	}
}

// The kinds of the words of class names, as bits.
const (
	chromeKind   = 1 << iota // a word of chromeWords
	relationKind             // a word of relationWords
)

// classWordKinds maps the words of chromeWords and relationWords to their
// kinds.
var classWordKinds = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range chromeWords {
		m[w] |= chromeKind
	}
	for w := range relationWords {
		m[w] |= relationKind
	}
	return m
}()
