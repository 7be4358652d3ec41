package clean

import (
	"bytes"
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
				if hidingStyle(a.Val) {
					return true
				}
			}
		}
		return false
	},
}

// hidingStyle reports whether an inline style, lower-cased and without
// spaces, says display:none or visibility:hidden. A short ASCII style is
// folded into an array on the stack; others as strings.
func hidingStyle(style string) bool {
	var buf [256]byte
	if len(style) > len(buf) || !isASCII(style) {
		s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
		return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
	}
	b := buf[:0]
	for i := 0; i < len(style); i++ {
		switch c := style[i]; {
		case c == ' ':
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return bytes.Contains(b, []byte("display:none")) || bytes.Contains(b, []byte("visibility:hidden"))
}

// isASCII reports whether s is all ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
