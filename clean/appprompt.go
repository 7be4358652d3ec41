package clean

import "strings"

// AppPrompt matches a prompt to get the site's app from the stores, which
// names both of them: "Jetzt in der App lesen (App Store und Google Play)",
// "Download it on the App Store or get it on Google Play".
var AppPrompt = TextRule{
	Name: "app-prompt",
	Gate: &Gate{Max: 250, Words: []string{"google play"}},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if ln.RunesOver(250) || !containsAny(s, "Google Play", "google play", "GOOGLE PLAY") {
			return false
		}
		l := ln.Lower()
		return strings.Contains(l, "google play") && containsAny(l, "app store", "app-store", "appstore", "itunes")
	},
}
