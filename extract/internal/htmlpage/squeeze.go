package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// squeezeSpaces shortens each text node of white space only under n to
// one character, a newline when it held one, else a space, before the
// readability pass. That pass counts the characters of a subtree many
// times over, one rune at a time, and reads any run of white space as one
// space: the page's indentation, a quarter of its text, is work for
// nothing. It leaves alone the elements that keep their white space
// (<pre>, <textarea>, <code> and the like), and those whose raw text the
// pass measures or compares as it is (spaceCounted).
func squeezeSpaces(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if len(c.Data) > 1 && asciiSpaceOnly(c.Data) {
				c.Data = oneSpace(c.Data)
			}
		case html.ElementNode:
			if !keepsSpace[c.DataAtom] && !spaceCounted(c) {
				squeezeSpaces(c)
			}
		}
	}
}

// keepsSpace are the elements whose white space squeezeSpaces leaves, or
// whose text no reader sees.
var keepsSpace = map[atom.Atom]bool{
	atom.Pre: true, atom.Textarea: true, atom.Code: true, atom.Listing: true,
	atom.Xmp: true, atom.Plaintext: true, atom.Script: true, atom.Style: true,
	atom.Template: true,
	// A top heading's raw text is compared with the page's title.
	atom.H1: true, atom.H2: true,
}

// spaceCounted reports whether the readability pass may count the
// characters of n's raw text, white space included: a byline (taken
// when short) or a share box (dropped when short), as their class, id,
// rel or itemprop tell. It errs on the side of yes.
func spaceCounted(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "rel", "itemprop":
			for _, w := range countedWords {
				if containsFold(a.Val, w) {
					return true
				}
			}
		}
	}
	return false
}

// countedWords are the words of the class names of bylines and share
// boxes, lower-case.
var countedWords = []string{"author", "byline", "dateline", "writtenby", "share"}

// containsFold reports whether s holds word (lower-case ASCII) in any
// case of its letters.
func containsFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		if s[i]|0x20 == word[0] && strings.EqualFold(s[i:i+len(word)], word) {
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
