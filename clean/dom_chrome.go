package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ChromeElement drops the elements HTML itself names as page chrome: the
// navigation, footers, asides, and the page header when it sits outside the
// article (site logo, menus, search).
var ChromeElement = DOMRule{
	Name: "chrome-element",
	Drop: func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside, atom.Dialog, atom.Menu:
			return true
		case atom.Header:
			return !insideContent(n)
		}
		return false
	},
}

// insideContent reports whether n sits inside an article or main element.
func insideContent(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Article || p.DataAtom == atom.Main) {
			return true
		}
	}
	return false
}
