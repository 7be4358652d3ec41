package clean

import "strings"

// iconWords are in the names of icons.
var iconWords = newPhraseSet("icon", "svg", "ico-", "fa-")

// IconRun matches a run of icon names that a page's icon sprite leaves in
// its text: many words that contain "icon" or "svg" and no sentence.
var IconRun = TextRule{
	Name: "icon-run",
	Gate: &Gate{Words: iconWords.phrases},
	MatchLine: func(ln *Line) bool {
		if !ln.lowerHas(iconWords) {
			return false // no word can be an icon's name: spare splitting the line
		}
		ws := ln.LowerFields()
		if len(ws) < 3 {
			return false
		}
		n := 0
		for _, w := range ws {
			if strings.Contains(w, "icon") || strings.Contains(w, "svg") || strings.HasPrefix(w, "ico-") || strings.HasPrefix(w, "fa-") {
				n++
			}
		}
		return n >= 3 && n*3 >= len(ws)
	},
}
