package htmlpage

import (
	"math"
	"net/url"
	"strings"

	"golang.org/x/net/html"
)

// inlineMarkdown returns the Markdown that the converter writes for src,
// and true, when src is a paragraph, a heading or a list whose content is
// text and the common inline elements (links, emphasis, inline code, line
// breaks, spans and the like; see inlineKindOf), in shapes whose output
// this can tell; a list's items may hold paragraphs and lists of such
// content too. False for any other block, which goes to the converter.
// base is the page's URL as the converter reads it (linkBase); without
// images, the converter is given the block without them.
// TestInlineMarkdown, FuzzInlineMarkdown and TestInlineMarkdownCorpus
// hold it to the converter.
//
// It reads the block in two passes, as the converter does: the first
// checks the shape and folds white space as the converter's collapse pass
// does, writing the block as a list of tokens; the second writes the
// tokens as the converter's renderers would (inlinewrite.go).
func (src blockSource) inlineMarkdown(base *url.URL, images bool) (string, bool) {
	var r inlineReader
	return r.markdown(src, base, images)
}

// markdown is inlineMarkdown with r's buffers, which it reuses from one
// block to the next.
func (r *inlineReader) markdown(src blockSource, base *url.URL, images bool) (string, bool) {
	r.noteUsed()
	r.toks, r.texts = r.toks[:0], r.texts[:0]
	r.prev, r.keep, r.in, r.images, r.base = -1, false, [kindBreak + 1]int{}, images, base
	r.ended = -1
	level := 0
	switch {
	case src.node == nil:
		if !r.content(r.runOf(src.inline), 0) {
			return "", false
		}
	case src.node.Type != html.ElementNode || src.node.Namespace != "":
		return "", false
	case isList(src.node):
		if !r.list(src.node) {
			return "", false
		}
	case src.node.Data == "blockquote":
		if !safeAttrs(src.node) || !r.flow(r.childrenOf(src.node)) || r.tooLong() {
			return "", false
		}
		md, ok := r.writeInline(0, len(r.toks), 0)
		if !ok {
			return "", false
		}
		return finishParagraph(quoteLines(md))
	default:
		if level = headingLevel(src.node); level < 0 {
			return "", false
		}
		if !r.content(r.childrenOf(src.node), 0) {
			return "", false
		}
		r.block() // the end of the paragraph or heading
	}
	if r.tooLong() {
		return "", false
	}
	md, ok := r.writeInline(0, len(r.toks), 0)
	if !ok {
		return "", false
	}
	if level == 0 {
		return finishParagraph(md)
	}
	return finishHeading(md, level)
}

// tooLong reports whether the block read has more tokens or texts than a
// token's int32 indexes reach: the converter's, then.
func (r *inlineReader) tooLong() bool {
	return len(r.toks) > math.MaxInt32 || len(r.texts) > math.MaxInt32
}

func isList(n *html.Node) bool { return n.Data == "ul" || n.Data == "ol" }

// tokKind is the kind of a token of an inline block.
type tokKind uint8

const (
	tokText     tokKind = iota // a run of text: r.texts[tok.text]
	tokBreak                   // <br>
	tokCode                    // inline code, tok.raw its text as it is
	tokOpen                    // an element opens; tok.node, tok.kind
	tokClose                   // the element opened last closes
	tokItem                    // a list item opens; tok.end its tokItemEnd
	tokItemEnd                 // the list item closes
	tokBlock                   // a paragraph or a division opens or closes
	tokList                    // a list opens; tok.node, tok.end its tokListEnd
	tokListEnd                 // the list closes
	tokEnd                     // after a list: the converter's list-end mark when tok.end is 1
	tokHead                    // a heading in a list item, a quote or a division opens; tok.node
	tokHeadEnd                 // the heading closes
	tokQuote                   // a quote in a list item, a quote or a division opens
	tokQuoteEnd                // the quote closes
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
	kindVoid              // wbr: nothing
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
	case "wbr":
		return kindVoid
	case "abbr", "bdi", "bdo", "big", "cite", "data", "dfn", "font", "ins",
		"label", "mark", "nobr", "q", "small", "sub", "sup", "time", "u":
		return kindPlain
	}
	return kindNone
}

// token is 24 bytes: a long list makes thousands (they were 48 bytes,
// with the code's text in the token).
type token struct {
	kind tokKind
	ik   inlineKind
	text int32 // index in texts; for tokCode, of its raw text
	end  int32 // the index of the token that closes an item or a list; 1 for a marked tokEnd
	node *html.Node
}

// inlineReader is the first pass: it checks a block's shape and folds
// its white space as the converter's collapse pass does, and writes the
// block as tokens.
type inlineReader struct {
	toks   []token
	texts  []string // the folded text of each run of text, in order
	prev   int      // the last text kept, -1 for none
	keep   bool     // the next text keeps a leading space
	in     [kindBreak + 1]int
	images bool // images are kept: else the converter never sees them
	ended  int  // the tokEnd of the list that ended last, while it may take a mark; -1 for none

	// The second pass's: the page's URL, a buffer for each depth of
	// lists, and one for an element's content.
	base    *url.URL
	bufs    [][]byte
	scratch []byte

	// The most tokens and texts written since the reader was taken:
	// release clears that much.
	usedToks, usedTexts int
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
		r.ended = -1 // the converter keeps the text: no mark
	}
	r.toks = append(r.toks, token{kind: tokText, text: int32(len(r.texts) - 1)})
}

// content reads the inline content s walks, depth elements deep; it
// reports false for a shape it leaves to the converter.
func (r *inlineReader) content(s siblings, depth int) bool {
	for s.cur != nil {
		switch s.cur.Type {
		case html.TextNode:
			text, ok := runText(&s)
			if !ok {
				return false
			}
			r.text(text)
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

// flow reads the content of a list item, a quote, or a division in one:
// inline content, paragraphs, divisions and lists of it.
func (r *inlineReader) flow(s siblings) bool {
	for s.cur != nil {
		n := s.cur
		if n.Type != html.ElementNode || inlineKindOf(n.Data) != kindNone {
			// A run of inline content, up to the next block.
			start := s
			for s.cur != nil && (s.cur.Type != html.ElementNode || inlineKindOf(s.cur.Data) != kindNone) {
				s.next()
			}
			if !r.content(start.upTo(s.cur), 0) {
				return false
			}
			continue
		}
		if n.Namespace != "" || !safeAttrs(n) {
			return false
		}
		switch {
		case n.Data == "p" || n.Data == "div":
			r.block()
			r.toks = append(r.toks, token{kind: tokBlock})
			inner := r.childrenOf(n)
			var ok bool
			if n.Data == "p" {
				ok = r.content(inner, 0)
			} else {
				ok = r.flow(inner)
			}
			if !ok {
				return false
			}
			if inner.cur != nil {
				r.block()
			}
			r.toks = append(r.toks, token{kind: tokBlock})
		case headingLevel(n) > 0:
			if !r.heading(n) {
				return false
			}
		case n.Data == "blockquote":
			if !r.quote(n) {
				return false
			}
		case isList(n):
			if !r.list(n) {
				return false
			}
		default:
			return false
		}
		s.next()
	}
	return true
}

// upTo returns s cut before the node end (nil: not cut).
func (s siblings) upTo(end *html.Node) siblings {
	if end == nil {
		return s
	}
	var list []*html.Node
	for t := s; t.cur != end; t.next() {
		list = append(list, t.cur)
	}
	return siblings{list: list, run: true, cur: list[0], images: s.images}
}

// element reads the inline element n, followed by next (of the nodes the
// converter sees).
func (r *inlineReader) element(n, next *html.Node, depth int) bool {
	k := inlineKindOf(n.Data)
	if k == kindNone || n.Namespace != "" || !safeAttrs(n) {
		return false
	}
	switch k {
	case kindBreak:
		r.block()
		r.toks = append(r.toks, token{kind: tokBreak})
		return true
	case kindCode:
		return r.code(n, next)
	case kindVoid:
		return r.wordBreak()
	case kindEm, kindStrong:
		// The converter drops emphasis inside the same emphasis, merges
		// neighbours and adds spaces around code at its edges: none of
		// that here.
		if r.in[k] > 0 || r.mergesWith(next, k) || !r.plainEdges(n) {
			return false
		}
		if a := r.loneLink(n); a != nil {
			return r.swapped(n, a, k, depth)
		}
	case kindLink:
		if r.in[kindLink] > 0 {
			return false
		}
	}
	r.toks = append(r.toks, token{kind: tokOpen, ik: k, node: n})
	r.in[k]++
	r.inline()
	if inner := r.childrenOf(n); inner.cur != nil {
		if !r.content(inner, depth+1) {
			return false
		}
		r.inline() // the collapse pass meets the element again on its way out
	}
	r.in[k]--
	r.toks = append(r.toks, token{kind: tokClose, ik: k, node: n})
	return true
}

// swapped reads emphasis n of kind k holding the link a alone (white
// space aside) as the converter writes it after swapping their tags: the
// link outside, around the white space and the emphasis, which holds
// what the link held. White space folds as it would have before the
// swap: both are inline.
func (r *inlineReader) swapped(n, a *html.Node, k inlineKind, depth int) bool {
	if r.in[kindLink] > 0 || a.Namespace != "" || !safeAttrs(a) {
		return false
	}
	r.toks = append(r.toks, token{kind: tokOpen, ik: kindLink, node: a})
	r.in[kindLink]++
	r.in[k]++
	r.inline()
	for s := r.childrenOf(n); s.cur != nil; {
		if s.cur.Type == html.TextNode {
			text, ok := runText(&s)
			if !ok {
				return false
			}
			r.text(text)
			continue
		}
		r.toks = append(r.toks, token{kind: tokOpen, ik: k, node: n})
		r.inline()
		if inner := r.childrenOf(a); inner.cur != nil {
			if !r.content(inner, depth+2) {
				return false
			}
			r.inline()
		}
		r.toks = append(r.toks, token{kind: tokClose, ik: k, node: n})
		s.next()
	}
	r.inline()
	r.in[k]--
	r.in[kindLink]--
	r.toks = append(r.toks, token{kind: tokClose, ik: kindLink, node: a})
	return true
}

// code reads inline code: its text as it is, not folded.
func (r *inlineReader) code(n, next *html.Node) bool {
	if r.mergesWith(next, kindCode) {
		return false
	}
	s := r.childrenOf(n)
	raw, ok := runText(&s)
	if !ok || s.cur != nil || raw == "" {
		return false // an element inside, no text (the converter drops it), a NUL
	}
	if strings.TrimSpace(raw) == "" && strings.ContainsAny(raw, "\n\r") {
		return false // white space kept as it is, across lines
	}
	if !r.textAfterList(raw) {
		return false
	}
	r.prev, r.keep = -1, true
	r.texts = append(r.texts, raw) // not a text block() trims: prev is not it
	r.toks = append(r.toks, token{kind: tokCode, text: int32(len(r.texts) - 1)})
	return true
}

// list reads a list: items of flow content (see flow); the white space
// between them aside, anything else in the list goes to the converter.
func (r *inlineReader) list(n *html.Node) bool {
	r.block() // the list
	r.listOpens()
	open := len(r.toks)
	r.toks = append(r.toks, token{kind: tokList, node: n})
	for s := r.childrenOf(n); s.cur != nil; {
		c := s.cur
		switch {
		case c.Type == html.TextNode:
			text, ok := runText(&s)
			if !ok || strings.TrimSpace(text) != "" {
				return false // text the converter moves into an item
			}
			r.text(text)
			continue
		case c.Type != html.ElementNode || c.Data != "li" || c.Namespace != "" || !safeAttrs(c):
			return false
		}
		r.block()
		r.ended = -1 // an item: no mark
		item := len(r.toks)
		r.toks = append(r.toks, token{kind: tokItem})
		if inner := r.childrenOf(c); inner.cur != nil {
			if !r.flow(inner) {
				return false
			}
			r.block()
		}
		r.toks[item].end = int32(len(r.toks))
		r.toks = append(r.toks, token{kind: tokItemEnd})
		s.next()
	}
	r.block()
	r.toks[open].end = int32(len(r.toks))
	r.toks = append(r.toks, token{kind: tokListEnd})
	r.listEnds()
	return true
}
