package htmlpage

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readyForReadability trims root, in place, of what costs the readability
// pass work without changing what pare reads from it (its article, title,
// byline, site name and language): runs of white space (squeezeSpaces),
// quiet style attributes and the head's elements that it does not read
// (pruneHead).
func readyForReadability(root *html.Node) {
	squeezeSpaces(root)
	pruneHead(root)
}

// pruneHead removes from the page's <head> all but its <title>, <base> and
// the <meta> elements whose name or property may be one the readability
// pass reads (metaRead). It walks every element of the page on each of
// its passes, head included, and matches each meta with regular
// expressions.
func pruneHead(root *html.Node) {
	var head *html.Node
	for h := root.FirstChild; h != nil && head == nil; h = h.NextSibling {
		if h.Type == html.ElementNode && h.DataAtom == atom.Html {
			for c := h.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Head {
					head = c
					break
				}
			}
		}
	}
	if head == nil {
		return
	}
	for c := head.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && !keptInHead(c) {
			head.RemoveChild(c)
		}
		c = next
	}
}

// keptInHead reports whether pruneHead keeps n.
func keptInHead(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Title, atom.Base:
		return true
	case atom.Meta:
		return metaRead(n)
	}
	return false
}

// metaRead reports whether the readability pass may read the meta element
// n: one with content whose name or property holds a word of metaWords, in
// any case. It errs on the side of yes.
func metaRead(n *html.Node) bool {
	if attr(n, "content") == "" {
		return false
	}
	for _, a := range n.Attr {
		if a.Key != "name" && a.Key != "property" {
			continue
		}
		for _, w := range metaWords {
			if containsFold(a.Val, w) {
				return true
			}
		}
	}
	return false
}

// metaWords are the words of the names of the metadata the readability
// pass takes from meta elements (title, author, site, dates, description,
// image), lower-case.
var metaWords = []string{"author", "creator", "title", "site_name", "description", "published_time", "modified_time", "pub-date", "image"}

// squeezeSpaces shortens each text node of white space only under n to
// one character, a newline when it held one, else a space, before the
// readability pass. That pass counts the characters of a subtree many
// times over, one rune at a time, and reads any run of white space as one
// space: the page's indentation, a quarter of its text, is work for
// nothing. It leaves alone the elements that keep their white space
// (<pre>, <textarea>, <code> and the like), and those whose raw text the
// pass measures or compares as it is (spaceCounted).
//
// On the way it drops the style attributes that cannot hide their element
// (quietStyle): the pass tests every element's style with two regular
// expressions on each of its walks, and removes the attribute from the
// article it returns.
func squeezeSpaces(n *html.Node) {
	squeezeUnder(n, true)
}

func squeezeUnder(n *html.Node, squeeze bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if squeeze && len(c.Data) > 1 && asciiSpaceOnly(c.Data) {
				c.Data = oneSpace(c.Data)
			}
		case html.ElementNode:
			dropQuietStyle(c)
			squeezeUnder(c, squeeze && !keepsSpace(c.DataAtom) && !spaceCounted(c))
		}
	}
}

// dropQuietStyle removes n's style attribute when it cannot hide n: when
// it says neither "none" nor "hidden" in any case.
func dropQuietStyle(n *html.Node) {
	for i, a := range n.Attr {
		if a.Key == "style" && a.Namespace == "" {
			if !containsFold(a.Val, "none") && !containsFold(a.Val, "hidden") {
				n.Attr = append(n.Attr[:i], n.Attr[i+1:]...)
			}
			return
		}
	}
}

// keepsSpace reports whether squeezeSpaces leaves the white space under
// an element: one that keeps it, or whose text no reader sees, or a top
// heading, whose raw text the pass compares with the page's title.
func keepsSpace(a atom.Atom) bool {
	switch a {
	case atom.Pre, atom.Textarea, atom.Code, atom.Listing, atom.Xmp, atom.Plaintext,
		atom.Script, atom.Style, atom.Template, atom.H1, atom.H2:
		return true
	}
	return false
}

// spaceCounted reports whether the readability pass may count the
// characters of n's raw text, white space included: a byline (taken
// when short) or a share box (dropped when short), as their class, id,
// rel or itemprop tell. It errs on the side of yes.
func spaceCounted(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "rel", "itemprop":
			if holdsCountedWord(a.Val) {
				return true
			}
		}
	}
	return false
}

// holdsCountedWord reports whether s holds, in any case, a word of the
// class names of bylines and share boxes: "author", "byline",
// "dateline", "writtenby" or "share". One pass: each byte that may start
// one of them is tested for it.
func holdsCountedWord(s string) bool {
	for i := 0; i < len(s); i++ {
		var w string
		if s[i] >= utf8.RuneSelf {
			return true // a letter that folds to s, say (ſ): err on yes
		}
		switch s[i] | 0x20 {
		case 'a':
			w = "author"
		case 'b':
			w = "byline"
		case 'd':
			w = "dateline"
		case 'w':
			w = "writtenby"
		case 's':
			w = "share"
		default:
			continue
		}
		if len(s)-i >= len(w) && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s may hold word (lower-case ASCII) in any
// case of its letters: it does, or s is not all ASCII, where Unicode's
// case folding may make other letters match (the "ſ" of "ſhare").
func containsFold(s, word string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
		if s[i]|0x20 == word[0] && len(s)-i >= len(word) && strings.EqualFold(s[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// asciiSpaceOnly reports whether s is all ASCII white space (HTML's white
// space: space, tab, line feed, form feed, carriage return).
func asciiSpaceOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\f', '\r':
		default:
			return false
		}
	}
	return true
}

// oneSpace returns the one character that stands for a run of white space.
func oneSpace(s string) string {
	if strings.IndexByte(s, '\n') >= 0 {
		return "\n"
	}
	return " "
}
