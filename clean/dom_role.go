package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// chromeRoles are the ARIA roles of page chrome.
var chromeRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alertdialog": true, "menu": true, "menubar": true,
	"toolbar": true, "tablist": true,
}

// ChromeRole drops elements whose ARIA role names them chrome: navigation,
// banner, contentinfo (footer), complementary (sidebar), search, dialogs,
// menus and toolbars.
var ChromeRole = DOMRule{
	Name: "chrome-role",
	Drop: func(n *html.Node) bool {
		role := strings.ToLower(strings.TrimSpace(attr(n, "role")))
		return role != "" && chromeRoles[role]
	},
}
