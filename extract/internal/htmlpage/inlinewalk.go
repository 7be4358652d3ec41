package htmlpage

import (
	"strings"

	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The nodes inlineMarkdown reads, as the converter sees them.

// siblings walks the children of an element, or a run of inline nodes
// that the converter is given as the children of a paragraph, passing
// over the nodes it never sees (gone).
type siblings struct {
	list   []*html.Node
	run    bool // a run: list, not siblings in the tree
	i      int
	cur    *html.Node
	images bool
}

func (r *inlineReader) childrenOf(n *html.Node) siblings {
	s := siblings{cur: n.FirstChild, images: r.images}
	s.pass()
	return s
}

func (r *inlineReader) runOf(list []*html.Node) siblings {
	s := siblings{list: list, run: true, i: -1, images: r.images}
	s.next()
	return s
}

// next moves to the next node the converter sees.
func (s *siblings) next() {
	s.step()
	s.pass()
}

func (s *siblings) step() {
	if !s.run {
		s.cur = s.cur.NextSibling
		return
	}
	s.i++
	s.cur = nil
	if s.i < len(s.list) {
		s.cur = s.list[s.i]
	}
}

// pass moves past the nodes the converter never sees.
func (s *siblings) pass() {
	for s.cur != nil && gone(s.cur, s.images) {
		s.step()
	}
}

// gone reports whether the converter never sees n: a comment or an
// element its first pass removes (and merges the text on either side), or
// an image that the copy it is given leaves out (dropImages).
func gone(n *html.Node, images bool) bool {
	switch n.Type {
	case html.CommentNode:
		return true
	case html.ElementNode:
	default:
		return false
	}
	switch n.Data {
	case "head", "script", "style", "link", "meta", "iframe", "noscript", "input", "textarea":
		return true
	}
	return !images && (n.DataAtom == atom.Img || n.DataAtom == atom.Picture || n.DataAtom == atom.Svg)
}

// following returns the node after the current one.
func (s siblings) following() *html.Node {
	s.next()
	return s.cur
}

// runText returns the text of the run of text nodes that starts at s's
// current node (the converter merges them), and false when one holds what
// mustEscapeText tells; it moves s past the run.
func runText(s *siblings) (text string, ok bool) {
	for ; s.cur != nil && s.cur.Type == html.TextNode; s.next() {
		if mustEscapeText(s.cur.Data) {
			return "", false
		}
		text += s.cur.Data
	}
	return text, true
}

// mustEscapeText reports whether s holds what sends a tree to the
// converter with its escaping on (see newConverter).
func mustEscapeText(s string) bool {
	return strings.IndexByte(s, 0) >= 0 || strings.IndexByte(s, '\a') >= 0
}

// safeAttrs reports whether none of n's attributes is in a namespace
// or holds what sends a tree to the escaping converter.
func safeAttrs(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" || mustEscapeText(a.Key) || mustEscapeText(a.Val) {
			return false
		}
	}
	return true
}

// foldRuns replaces each run of the white space that the converter folds
// by one space, keeping the ends. It returns s itself when that changes
// nothing.
func foldRuns(s string) string {
	clean := true
	for k := 0; k < len(s) && clean; k++ {
		if c := s[k]; isFoldable(c) && (c != ' ' || k+1 < len(s) && isFoldable(s[k+1])) {
			clean = false
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	for k := 0; k < len(s); k++ {
		switch {
		case !isFoldable(s[k]):
			b = append(b, s[k])
		case k == 0 || !isFoldable(s[k-1]):
			b = append(b, ' ')
		}
	}
	return string(b)
}

// markedText is the text the converter writes for a run of folded text.
func markedText(s string) string { return mdsafe.MarkText(s) }

// mergesWith reports whether the converter would merge next into an
// element of kind k before it: emphasis into emphasis, code into code.
// It looks through spans, into their first child, as the converter does;
// true, to be safe, for an empty span (it would look further up).
func (r *inlineReader) mergesWith(next *html.Node, k inlineKind) bool {
	next, ok := r.throughSpans(next)
	if !ok {
		return true
	}
	if next == nil || next.Type != html.ElementNode {
		return false
	}
	switch next.Data {
	case "em", "i", "strong", "b":
		return k == kindEm || k == kindStrong
	case "code", "var", "samp", "kbd", "tt":
		return k == kindCode
	}
	return false
}

// throughSpans returns n, or for a span the first node inside it (of
// those the converter sees) that is not a span; false for a span that
// holds nothing.
func (r *inlineReader) throughSpans(n *html.Node) (*html.Node, bool) {
	for n != nil && n.Type == html.ElementNode && n.Data == "span" {
		c := n.FirstChild
		for c != nil && gone(c, r.images) {
			c = c.NextSibling
		}
		if c == nil {
			return nil, false
		}
		n = c
	}
	return n, true
}

// plainEdges reports whether n neither starts nor ends with code (a span
// around it aside), around which the converter adds spaces; false, to be
// safe, when it starts or ends with an empty span.
func (r *inlineReader) plainEdges(n *html.Node) bool {
	first, last := n.FirstChild, n.LastChild
	for first != nil && gone(first, r.images) {
		first = first.NextSibling
	}
	for last != nil && gone(last, r.images) {
		last = last.PrevSibling
	}
	// Through a span, the converter looks into its first child at
	// either end.
	first, ok1 := r.throughSpans(first)
	last, ok2 := r.throughSpans(last)
	return ok1 && ok2 && !isCodeElement(first) && !isCodeElement(last)
}

func isCodeElement(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return false
	}
	switch n.Data {
	case "code", "var", "samp", "kbd", "tt":
		return true
	}
	return false
}

// loneLink returns the link n holds with white space alone, which the
// converter swaps with n (the link goes outside); nil for none.
func (r *inlineReader) loneLink(n *html.Node) *html.Node {
	var link *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.Data == "a" && link == nil:
			link = c
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
			// Text nodes split by a comment are one after the converter
			// merges them; of white space alone, white space either way.
		case gone(c, r.images):
		default:
			return nil
		}
	}
	return link
}
