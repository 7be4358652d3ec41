package clean

// CookieNotice matches a cookie or consent note: "Diese Website verwendet
// Cookies…", "We use cookies to…", "Cookie-Einstellungen".
var CookieNotice = TextRule{
	Name: "cookie-notice",
	MatchLower: func(s, lower string) bool {
		l := lower
		if !containsAny(l, "cookie", "ciastecz") {
			return false
		}
		if !runesOver(s, 60) {
			return true
		}
		return !runesOver(s, 800) && cookieUseWords.in(l)
	},
}

// cookieUseWords say that a site uses cookies or asks to.
var cookieUseWords = newPhraseSet("use", "verwend", "nutz", "einsatz", "setzt", "akzept", "zustimm", "einverstanden",
	"consent", "accept", "agree", "utilis", "usamos", "utiliza", "acept", "uzywa", "używa",
	"gebruik", "utilizz", "privacy", "datenschutz", "tracking", "browser")
