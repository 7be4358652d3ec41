package clean

import (
	"strings"

	"golang.org/x/net/html"
)

// HiddenElement drops what the page itself hides from readers: elements with
// the hidden attribute or an inline display:none or
// visibility:hidden style (collapsed menus, modal dialogs, templates).
var HiddenElement = DOMRule{
	Name: "hidden",
	Drop: func(n *html.Node) bool {
		for _, a := range n.Attr {
			switch a.Key {
			case "hidden":
				return true
			case "style":
				s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
		return false
	},
}
