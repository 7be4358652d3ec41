package clean

import (
	"github.com/pare-dev/pare/internal/lang"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// creditWords are words of class names that mark an image's caption or
// credit line.
var creditWords = map[string]bool{
	"caption": true, "figcaption": true, "credit": true, "credits": true, "copyright": true,
	"photocredit": true, "bildnachweis": true, "bildunterschrift": true, "bildquelle": true,
}

// Caption drops image captions and photo credits ("© Jane Doe / Agency"):
// figcaption elements and elements whose class names a caption or credit.
// The article's text does not depend on them, and they read as stray lines
// once the image is gone. Headings styled as captions stay.
var Caption = DOMRule{
	Name: "caption",
	Drop: func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return false
		}
		if n.DataAtom == atom.Figcaption {
			return true
		}
		for name := range strings.FieldsSeq(attr(n, "class")) {
			if i := strings.Index(name, "--"); i > 0 {
				name = name[:i]
			}
			for w := range lang.AlnumWords(strings.ToLower(name)) {
				if creditWords[w] {
					return true
				}
			}
		}
		return false
	},
}
