package htmlpage

import (
	"net/url"
	"strings"

	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
)

// inlineMarkdown returns the Markdown that the converter writes for src,
// and true, when src is a paragraph, a heading or a simple list whose
// content is text and the common inline elements (links, emphasis, inline
// code, line breaks, spans and the like; see inlineKind) in shapes whose
// output this can tell; false for any other block, which goes to the
// converter. base is the page's URL as the converter reads it
// (linkBase). TestInlineMarkdown, FuzzInlineMarkdown and
// TestInlineMarkdownCorpus hold it to the converter.
//
// It reads the block in two passes, as the converter does: the first
// checks the shape and folds white space as the converter's collapse pass
// does, writing the block as a list of tokens; the second writes the
// tokens as the converter's renderers would (inline.go, inlinewrite.go).
func (src blockSource) inlineMarkdown(base *url.URL) (string, bool) {
	r := inlineReader{prev: -1}
	level := 0
	switch {
	case src.node == nil:
		if !r.content(runOf(src.inline), 0) {
			return "", false
		}
	case src.node.Type != html.ElementNode || src.node.Namespace != "":
		return "", false
	case src.node.Data == "ul" || src.node.Data == "ol":
		if !r.list(src.node) {
			return "", false
		}
		return r.writeList(src.node, base)
	default:
		if level = headingLevel(src.node); level < 0 {
			return "", false
		}
		if !r.content(childrenOf(src.node), 0) {
			return "", false
		}
	}
	r.block() // the end of the paragraph or heading
	md, ok := r.writeInline(0, len(r.toks), base)
	if !ok {
		return "", false
	}
	if level == 0 {
		return finishParagraph(md)
	}
	return finishHeading(md, level)
}

// tokKind is the kind of a token of an inline block.
type tokKind uint8

const (
	tokText    tokKind = iota // a run of text: r.texts[tok.text]
	tokBreak                  // <br>
	tokCode                   // inline code, tok.raw its text as it is
	tokOpen                   // an element opens; tok.node, tok.kind
	tokClose                  // the element opened last closes
	tokItem                   // a list item opens
	tokItemEnd                // the list item closes
)

// inlineKind is what the converter makes of an inline element.
type inlineKind uint8

const (
	kindNone   inlineKind = iota
	kindSpan              // a span: its content, as it is
	kindPlain             // another element written as its content (sup, abbr, ...)
	kindEm                // em, i: *content*
	kindStrong            // strong, b: **content**
	kindLink              // a: [content](href "title")
	kindCode              // code: `code`
	kindBreak             // br
)

// inlineKindOf returns the kind of an element of the given name; kindNone
// for those left to the converter.
func inlineKindOf(name string) inlineKind {
	switch name {
	case "span":
		return kindSpan
	case "em", "i":
		return kindEm
	case "strong", "b":
		return kindStrong
	case "a":
		return kindLink
	case "code":
		return kindCode
	case "br":
		return kindBreak
	case "abbr", "bdi", "bdo", "big", "cite", "data", "dfn", "font", "ins",
		"label", "mark", "q", "small", "sub", "sup", "time", "u":
		return kindPlain
	}
	return kindNone
}

type token struct {
	kind tokKind
	ik   inlineKind
	text int // index in texts
	raw  string
	node *html.Node
}

// inlineReader is the first pass: it checks a block's shape and folds
// its white space as the converter's collapse pass does, and writes the
// block as tokens.
type inlineReader struct {
	toks  []token
	texts []string // the folded text of each run of text, in order
	prev  int      // the last text kept, -1 for none
	keep  bool     // the next text keeps a leading space
	in    [kindBreak + 1]int
}

// siblings walks the children of an element, or a run of inline nodes
// that the converter is given as the children of a paragraph.
type siblings struct {
	list []*html.Node
	i    int
	cur  *html.Node
}

func childrenOf(n *html.Node) siblings { return siblings{cur: n.FirstChild} }

func runOf(list []*html.Node) siblings {
	s := siblings{list: list}
	if len(list) > 0 {
		s.cur = list[0]
	}
	return s
}

func (s *siblings) next() {
	if s.list == nil {
		s.cur = s.cur.NextSibling
		return
	}
	s.i++
	s.cur = nil
	if s.i < len(s.list) {
		s.cur = s.list[s.i]
	}
}

// following returns the first node after the current one that is not a
// comment (which the converter removes before it merges neighbours).
func (s siblings) following() *html.Node {
	for s.next(); s.cur != nil && s.cur.Type == html.CommentNode; s.next() {
	}
	return s.cur
}

// block is the collapse pass at an element that is a block, or a line
// break: the last text loses a trailing space, and the next its leading.
func (r *inlineReader) block() {
	if r.prev >= 0 {
		r.texts[r.prev] = strings.TrimSuffix(r.texts[r.prev], " ")
	}
	r.prev, r.keep = -1, false
}

// inline is the collapse pass at an inline element other than code.
func (r *inlineReader) inline() {
	if r.prev >= 0 {
		r.keep = false
	}
}

// text is the collapse pass at a run of text: white space folded, a
// leading space dropped after a space or at the start of a block.
func (r *inlineReader) text(s string) {
	t := foldRuns(s)
	if (r.prev < 0 || strings.HasSuffix(r.texts[r.prev], " ")) && !r.keep && t != "" && t[0] == ' ' {
		t = t[1:]
	}
	r.texts = append(r.texts, t)
	if t != "" {
		r.prev = len(r.texts) - 1
	}
	r.toks = append(r.toks, token{kind: tokText, text: len(r.texts) - 1})
}

// runText returns the text of the run of text and comment nodes that
// starts at s's current node, whether the run holds a text node, and
// false when a text holds what mustEscapeText tells; it moves s past the
// run. The converter removes the comments and merges the text nodes.
func runText(s *siblings) (text string, any, ok bool) {
	for ; s.cur != nil && (s.cur.Type == html.TextNode || s.cur.Type == html.CommentNode); s.next() {
		if s.cur.Type == html.TextNode {
			if mustEscapeText(s.cur.Data) {
				return "", false, false
			}
			text += s.cur.Data
			any = true
		}
	}
	return text, any, true
}

// mustEscapeText reports whether s holds what sends a tree to the
// converter with its escaping on (see newConverter).
func mustEscapeText(s string) bool {
	return strings.IndexByte(s, 0) >= 0 || strings.IndexByte(s, '\a') >= 0
}

// content reads the inline content s walks, depth elements deep; it
// reports false for a shape it leaves to the converter.
func (r *inlineReader) content(s siblings, depth int) bool {
	for s.cur != nil {
		switch s.cur.Type {
		case html.TextNode, html.CommentNode:
			text, any, ok := runText(&s)
			if !ok {
				return false
			}
			if any { // else comments alone
				r.text(text)
			}
			continue
		case html.ElementNode:
		default:
			return false
		}
		n := s.cur
		if !r.element(n, s.following(), depth) {
			return false
		}
		s.next()
	}
	return true
}

// element reads the inline element n, followed by next (comments aside).
func (r *inlineReader) element(n, next *html.Node, depth int) bool {
	k := inlineKindOf(n.Data)
	if k == kindNone || n.Namespace != "" || !safeAttrs(n) {
		return false
	}
	switch k {
	case kindBreak:
		if depth > 0 {
			return false // a line break in emphasis or a link
		}
		r.block()
		r.toks = append(r.toks, token{kind: tokBreak})
		return true
	case kindCode:
		return r.code(n, next)
	case kindEm, kindStrong:
		// The converter drops emphasis inside the same emphasis, merges
		// neighbours, adds spaces around code at its edges and swaps it
		// with a link it holds alone: none of that here.
		if r.in[k] > 0 || mergesWith(next, k) || !plainEdges(n) || onlyLink(n) {
			return false
		}
	case kindLink:
		if r.in[kindLink] > 0 {
			return false
		}
	}
	r.toks = append(r.toks, token{kind: tokOpen, ik: k, node: n})
	r.in[k]++
	r.inline()
	if n.FirstChild != nil {
		if !r.content(childrenOf(n), depth+1) {
			return false
		}
		if hasChildren(n) {
			r.inline() // the collapse pass meets the element again on its way out
		}
	}
	r.in[k]--
	r.toks = append(r.toks, token{kind: tokClose, ik: k, node: n})
	return true
}

// hasChildren reports whether n holds a node other than a comment.
func hasChildren(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.CommentNode {
			return true
		}
	}
	return false
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

// mergesWith reports whether the converter would merge next into an
// element of kind k before it: emphasis into emphasis, code into code
// (a span between them aside, or leading to one).
func mergesWith(next *html.Node, k inlineKind) bool {
	if next == nil || next.Type != html.ElementNode {
		return false
	}
	switch next.Data {
	case "span":
		return true
	case "em", "i", "strong", "b":
		return k == kindEm || k == kindStrong
	case "code", "var", "samp", "kbd", "tt":
		return k == kindCode
	}
	return false
}

// plainEdges reports whether n neither starts nor ends with code or a
// span (the converter adds spaces around emphasis that does).
func plainEdges(n *html.Node) bool {
	first, last := n.FirstChild, n.LastChild
	for first != nil && first.Type == html.CommentNode {
		first = first.NextSibling
	}
	for last != nil && last.Type == html.CommentNode {
		last = last.PrevSibling
	}
	return !edgeElement(first) && !edgeElement(last)
}

func edgeElement(n *html.Node) bool {
	return n != nil && n.Type == html.ElementNode && (n.Data == "span" || inlineKindOf(n.Data) == kindCode)
}

// onlyLink reports whether n holds one link and white space alone, which
// the converter swaps: the link goes outside.
func onlyLink(n *html.Node) bool {
	links, others := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.Data == "a":
			links++
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.CommentNode:
		default:
			others++
		}
	}
	// Text nodes split by a comment are one after the converter merges
	// them; one of white space alone is white space either way.
	return links == 1 && others == 0
}

// code reads inline code: its text as it is, not folded.
func (r *inlineReader) code(n, next *html.Node) bool {
	if mergesWith(next, kindCode) {
		return false
	}
	s := childrenOf(n)
	raw, _, ok := runText(&s)
	if !ok || s.cur != nil || raw == "" {
		return false // an element inside, no text (the converter drops it), a NUL
	}
	if strings.TrimSpace(raw) == "" && strings.ContainsAny(raw, "\n\r") {
		return false // white space kept as it is, across lines
	}
	r.prev, r.keep = -1, true
	r.toks = append(r.toks, token{kind: tokCode, raw: raw})
	return true
}

// list reads a list of items of inline content; the white space between
// them aside, anything else in the list goes to the converter.
func (r *inlineReader) list(n *html.Node) bool {
	r.block() // the list
	for s := childrenOf(n); s.cur != nil; {
		c := s.cur
		switch {
		case c.Type == html.TextNode || c.Type == html.CommentNode:
			text, any, ok := runText(&s)
			if !ok || strings.TrimSpace(text) != "" {
				return false // text the converter moves into an item
			}
			if any {
				r.text(text)
			}
			continue
		case c.Type != html.ElementNode || c.Data != "li" || c.Namespace != "" || !safeAttrs(c):
			return false
		}
		r.block()
		r.toks = append(r.toks, token{kind: tokItem})
		if !r.content(childrenOf(c), 0) {
			return false
		}
		if hasChildren(c) {
			r.block()
		}
		r.toks = append(r.toks, token{kind: tokItemEnd})
		s.next()
	}
	r.block()
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
