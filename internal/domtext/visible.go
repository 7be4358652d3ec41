package domtext

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hiddenEl tells whether a browser leaves element n and what it holds out
// of sight, as far as the markup alone says: a <noscript> fallback (a
// browser runs scripts), an SVG <title> or <desc> (shown as a tooltip at
// most), an element with the hidden attribute, one whose style attribute
// sets display:none or visibility:hidden, and a <dialog> that is not open.
// Content marked aria-hidden is shown (it is hidden from screen readers
// only): on the snippet corpus's pages, leaving it out lowers the share
// of Chromium's innerText lines the visible text holds (0.971 to 0.962)
// and barely raises the share of its lines innerText holds (0.952 to
// 0.953; the DOM text: 0.930).
func hiddenEl(n *html.Node) bool {
	if n.Namespace == "svg" {
		return n.Data == "title" || n.Data == "desc"
	}
	if n.Namespace == "" && n.DataAtom == atom.Noscript {
		return true
	}
	dialog := n.Namespace == "" && n.DataAtom == atom.Dialog
	open := false
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "style":
			if hidingStyle(a.Val) {
				return true
			}
		case "open":
			open = true
		}
	}
	return dialog && !open
}

// hidingStyle tells whether an inline style sets display:none or
// visibility:hidden (the last declaration of each wins, as in CSS).
func hidingStyle(style string) bool {
	display, visibility := "", ""
	for _, decl := range strings.Split(style, ";") {
		k, v, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		v = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "!important")))
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "display":
			display = v
		case "visibility":
			visibility = v
		}
	}
	return display == "none" || visibility == "hidden"
}
