package clean

import "strings"

// ScriptNotice matches the notice a page shows when the browser runs no
// scripts, which a text dump keeps: "JavaScript ist deaktiviert. Bitte
// aktivieren Sie JavaScript in Ihrem Browser", "Please enable JavaScript
// to view the comments", "You need to enable JavaScript to run this app".
// Such a line often stands right above the article and would start it.
var ScriptNotice = TextRule{
	Name: "script-notice",
	Gate: &Gate{Max: 300, Words: javascriptWord.phrases},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if ln.RunesOver(300) || strings.ContainsAny(s, "={};") {
			return false // a line of the script itself
		}
		return ln.lowerHas(javascriptWord) && ln.lowerHas(scriptNoticeSet)
	},
}

// scriptNoticeWords ask for scripts to be turned on or say they are off.
var (
	javascriptWord  = newPhraseSet("javascript")
	scriptNoticeSet = newPhraseSet(scriptNoticeWords...)
)

var scriptNoticeWords = []string{
	"aktivier", "schalten", "eingeschaltet", "deaktiviert", "benötig", "erforderlich", "ohne javascript",
	"enable", "disabled", "required", "turn on", "switch on", "without javascript",
	"activer", "activez", "désactivé", "nécessaire", "sans javascript",
	"activar", "active javascript", "habilita", "desactivado", "requiere", "sin javascript",
	"włącz", "wyłączon", "wymaga", "bez javascript",
}
