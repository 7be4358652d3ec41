package clean

import "strings"

// ScriptNotice matches the notice a page shows when the browser runs no
// scripts, which a text dump keeps: "JavaScript ist deaktiviert. Bitte
// aktivieren Sie JavaScript in Ihrem Browser", "Please enable JavaScript
// to view the comments", "You need to enable JavaScript to run this app".
// Such a line often stands right above the article and would start it.
var ScriptNotice = TextRule{
	Name: "script-notice",
	Match: func(s string) bool {
		if runeLen(s) > 300 || strings.ContainsAny(s, "={};") {
			return false // a line of the script itself
		}
		l := strings.ToLower(s)
		return strings.Contains(l, "javascript") && containsAny(l, scriptNoticeWords...)
	},
}

// scriptNoticeWords ask for scripts to be turned on or say they are off.
var scriptNoticeWords = []string{
	"aktivier", "schalten", "eingeschaltet", "deaktiviert", "benötig", "erforderlich", "ohne javascript",
	"enable", "disabled", "required", "turn on", "switch on", "without javascript",
	"activer", "activez", "désactivé", "nécessaire", "sans javascript",
	"activar", "active javascript", "habilita", "desactivado", "requiere", "sin javascript",
	"włącz", "wyłączon", "wymaga", "bez javascript",
}

// BrowserNotice matches the notice a page shows an old or unfit browser:
// "Ihr Browser ist veraltet!", "You are using an older browser version",
// "Dein Browser kann dieses Video nicht abspielen", "Zaktualizuj
// przeglądarkę". Like a script notice, it often stands above the article.
var BrowserNotice = TextRule{
	Name: "browser-notice",
	Match: func(s string) bool {
		if runeLen(s) > 300 {
			return false
		}
		l := strings.ToLower(s)
		return containsAny(l, "browser", "navigateur", "navegador", "przeglądar") && containsAny(l, browserNoticeWords...)
	},
}

// browserNoticeWords say that the browser is too old or cannot show the
// page.
var browserNoticeWords = []string{
	"veraltet", "aktualisier", "neueren browser", "nicht mehr unterstützt", "unterstützt kein", "nicht abspielen",
	"older browser", "outdated", "out of date", "update your browser", "upgrade your browser", "not supported",
	"unsupported", "does not support", "doesn't support", "cannot play", "can't play",
	"obsolète", "mettre à jour", "ne prend pas en charge",
	"desactualizado", "actualice", "actualiza tu", "no es compatible",
	"przestarzał", "zaktualizuj", "nie obsługuje",
}
