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

// creditTable holds creditWords, each of kind 1, for look-ups of the words
// of class names (see wordTable). Held to creditWords by
// TestClassWordTable.
var creditTable = func() *wordTable {
	m := map[string]uint8{}
	for w, in := range creditWords {
		if in {
			m[w] = 1
		}
	}
	return newWordTable(m)
}()

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
			if creditClass(name) {
				return true
			}
		}
		return false
	},
}

// creditClass reports whether one class name names a caption or credit: a
// word of it (lang.AlnumWords of the name cut at "--" and lower-cased) is
// one of creditWords. A name of ASCII without capitals, most of them, is
// its own lower case: its words are read in place, and one shorter than
// the shortest credit word holds none. Held to the reading of every name
// through lang.AlnumWords by FuzzCreditClass.
func creditClass(name string) bool {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	if !lowerASCII(name) {
		for w := range lang.AlnumWords(strings.ToLower(name)) {
			if creditTable.kind(w) != 0 {
				return true
			}
		}
		return false
	}
	if len(name) < shortestCredit {
		return false
	}
	start := -1
	for i := 0; i <= len(name); i++ {
		if i < len(name) && (name[i] >= 'a' && name[i] <= 'z' || name[i] >= '0' && name[i] <= '9') {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if i-start >= shortestCredit && creditTable.kind(name[start:i]) != 0 {
				return true
			}
			start = -1
		}
	}
	return false
}

// shortestCredit is the length of the shortest word of creditWords.
var shortestCredit = func() int {
	n := 0
	for w := range creditWords {
		if n == 0 || len(w) < n {
			n = len(w)
		}
	}
	return n
}()
