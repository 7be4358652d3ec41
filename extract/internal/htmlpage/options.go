package htmlpage

import (
	"errors"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options are what the HTML path needs of extract.Options.
type Options struct {
	URL     string // the page's address: resolves relative links, names the site
	Images  bool   // keep images, with their alt text
	NoLinks bool   // write links as their text, targets dropped
	// NoComments drops the page's sections of readers' comments before
	// the article is looked for (clean.DropComments).
	NoComments bool
}

// dropLinkTargets points every link under the roots given to a target of
// the scheme "nolink:", which the escaping step drops as it drops any
// link that is not http(s), mailto or relative, keeping its text. (An
// <a> without href would do, but the converter reads an empty target as
// the page's own URL.)
func dropLinkTargets(roots ...*html.Node) {
	for _, r := range roots {
		if r == nil {
			continue
		}
		for n := range r.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == atom.A {
				for i := range n.Attr {
					if n.Attr[i].Key == "href" {
						n.Attr[i].Val = "nolink:"
					}
				}
			}
		}
	}
}

// ErrNoContent is the error for a page without an article (extract.ErrNoContent).
var ErrNoContent = errors.New("no article found")
