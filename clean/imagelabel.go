package clean

import "strings"

// ImageLabel matches a line made only of image labels, which is how a text
// dump shows images: "[svg][teaser-image-312]", "[Logo]", "[image]".
var ImageLabel = TextRule{
	Name: "image-label",
	Gate: &Gate{Max: 300, Words: []string{"["}},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		t := strings.TrimSpace(s)
		if !strings.HasPrefix(t, "[") || !strings.HasSuffix(t, "]") {
			return false
		}
		// Every bracket group closes before the next opens, and nothing
		// stands between them.
		depth := 0
		for _, r := range t {
			switch r {
			case '[':
				if depth > 0 {
					return false
				}
				depth++
			case ']':
				depth--
			default:
				if depth == 0 && r != ' ' {
					return false
				}
			}
		}
		return depth == 0 && !ln.runesOverTrim(t, 300)
	},
}
