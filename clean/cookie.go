package clean

// CookieNotice matches a cookie or consent note: "Diese Website verwendet
// Cookies…", "We use cookies to…", "Cookie-Einstellungen".
var CookieNotice = TextRule{
	Name: "cookie-notice",
	Gate: &Gate{Max: 800, Words: cookieWords.phrases},
	MatchLine: func(ln *Line) bool {
		if !ln.lowerHas(cookieWords) {
			return false
		}
		if !ln.RunesOver(60) {
			return true
		}
		return !ln.RunesOver(800) && ln.lowerHas(cookieUseWords)
	},
}

// cookieWords name cookies; cookieUseWords say that a site uses them or asks to.
var cookieWords = newPhraseSet("cookie", "ciastecz")

var cookieUseWords = newPhraseSet("use", "verwend", "nutz", "einsatz", "setzt", "akzept", "zustimm", "einverstanden",
	"consent", "accept", "agree", "utilis", "usamos", "utiliza", "acept", "uzywa", "używa",
	"gebruik", "utilizz", "privacy", "datenschutz", "tracking", "browser")
