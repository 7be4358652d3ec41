package clean

import (
	"strings"

	"golang.org/x/net/html"
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

// ChromeClass drops elements whose class or id names them chrome (see
// chromeWords). A class that only says how the element relates to chrome
// (no-share, with-sidebar, has-comments, sidebar-off), a BEM modifier
// (section--ads) and a WordPress taxonomy class (category-social) do not
// count.
var ChromeClass = DOMRule{
	Name: "chrome-class",
	Drop: func(n *html.Node) bool {
		for _, name := range strings.Fields(attr(n, "class")) {
			if isChromeName(name) {
				return true
			}
		}
		return isChromeName(attr(n, "id"))
	},
}

// relationWords open or close a class name that describes a layout rather
// than names a part of it.
var relationWords = map[string]bool{
	"no": true, "with": true, "without": true, "has": true, "is": true, "category": true,
	"tag": true, "off": true, "hide": true, "show": true, "layout": true, "template": true,
	"sticky": true, "fixed": true, "container": true, "wrap": true, "wrapper": true, "below": true, "above": true,
}

// isChromeName reports whether one class name or id names chrome.
func isChromeName(name string) bool {
	if name == "" {
		return false
	}
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	words := strings.FieldsFunc(strings.ToLower(name), notAlnum)
	found := false
	for _, w := range words {
		if relationWords[w] {
			return false
		}
		if chromeWords[w] {
			found = true
		}
	}
	return found
}

func notAlnum(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
}
