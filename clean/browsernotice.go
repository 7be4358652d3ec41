package clean

// BrowserNotice matches the notice a page shows an old or unfit browser:
// "Ihr Browser ist leider veraltet.", "You are using an older browser version",
// "Dein Browser kann dieses Video nicht abspielen", "Zaktualizuj
// przeglądarkę". Like a script notice, it often stands above the article.
var BrowserNotice = TextRule{
	Name: "browser-notice",
	Gate: &Gate{Max: 300, Words: browserWords.phrases},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(300) {
			return false
		}
		return ln.lowerHas(browserWords) && ln.lowerHas(browserNoticeSet)
	},
}

// browserNoticeWords say that the browser is too old or cannot show the
// page.
var (
	browserWords     = newPhraseSet("browser", "navigateur", "navegador", "przeglądar")
	browserNoticeSet = newPhraseSet(browserNoticeWords...)
)

var browserNoticeWords = []string{
	"veraltet", "aktualisier", "neueren browser", "nicht mehr unterstützt", "unterstützt kein", "nicht abspielen",
	"older browser", "outdated", "out of date", "update your browser", "upgrade your browser", "not supported",
	"unsupported", "does not support", "doesn't support", "cannot play", "can't play",
	"obsolète", "mettre à jour", "ne prend pas en charge",
	"desactualizado", "actualice", "actualiza tu", "no es compatible",
	"przestarzał", "zaktualizuj", "nie obsługuje",
}
