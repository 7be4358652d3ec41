package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/clean"
)

// mdConverter renders HTML blocks as Markdown. A Converter is safe for
// concurrent use, so one serves every call.
var mdConverter = converter.NewConverter(
	converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(
			commonmark.WithHeadingStyle(commonmark.HeadingStyleATX),
			commonmark.WithBulletListMarker("-"),
			commonmark.WithLinkEmptyContentBehavior(commonmark.LinkBehaviorSkip),
			commonmark.WithLinkEmptyHrefBehavior(commonmark.LinkBehaviorSkip),
		),
		strikethrough.NewStrikethroughPlugin(),
		table.NewTablePlugin(),
	),
)

// blockKinds maps the elements that stand as one block each to their kind.
var blockKinds = map[atom.Atom]clean.Kind{
	atom.P: clean.Paragraph, atom.H1: clean.Heading, atom.H2: clean.Heading,
	atom.H3: clean.Heading, atom.H4: clean.Heading, atom.H5: clean.Heading,
	atom.H6: clean.Heading, atom.Ul: clean.List, atom.Ol: clean.List, atom.Dl: clean.List,
	atom.Blockquote: clean.Quote, atom.Pre: clean.Code, atom.Table: clean.Table,
	atom.Figure: clean.Figure, atom.Hr: clean.Rule, atom.Address: clean.Paragraph,
}

// skipped are elements whose content never reaches the body.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: false, atom.Button: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Form: false, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// blockBuilder collects the blocks of an article tree.
type blockBuilder struct {
	domain    string // the page's URL, for absolute links
	images    bool   // keep images
	plainOnly bool   // leave Text empty and record nodes, to render later
	blocks    []clean.Block
	nodes     []*html.Node // with plainOnly, the node of each block
	inline    []*html.Node // inline nodes waiting to form a paragraph
}

// htmlBlocks splits the article tree under root into blocks, rendering each
// as Markdown.
func htmlBlocks(root *html.Node, pageURL string, images bool) []clean.Block {
	bb := &blockBuilder{domain: pageURL, images: images}
	bb.walk(root)
	bb.flush()
	return bb.blocks
}

func (bb *blockBuilder) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			bb.inline = append(bb.inline, c)
			continue
		case html.ElementNode:
		default:
			continue
		}
		if skipped[c.DataAtom] {
			continue
		}
		if c.DataAtom == atom.Img || c.DataAtom == atom.Picture {
			if bb.images {
				bb.flush()
				bb.add(clean.Figure, 0, c)
			}
			continue
		}
		if c.DataAtom == atom.Br {
			bb.inline = append(bb.inline, c)
			continue
		}
		if kind, ok := blockKinds[c.DataAtom]; ok {
			bb.flush()
			level := 0
			if kind == clean.Heading {
				level = int(c.Data[1] - '0')
			}
			if kind == clean.Figure && !bb.images {
				// Keep a long figure text as paragraphs; drop the image
				// and a caption.
				if !isImageBox(c) {
					bb.flush()
					bb.walk(c)
					bb.flush()
				}
				continue
			}
			if c.DataAtom == atom.P && hasBlockChild(c) {
				bb.walk(c)
				bb.flush()
				continue
			}
			bb.add(kind, level, c)
			continue
		}
		if !bb.images && isImageBox(c) {
			continue // an image with its caption, or a card
		}
		if isInline(c) && !hasBlockChild(c) {
			bb.inline = append(bb.inline, c)
			continue
		}
		bb.flush()
		bb.walk(c)
		bb.flush()
	}
}

// maxCaption is the most text, in bytes, that an element holding an image
// may have to count as the image's box: image, caption and credit, or a
// card (a teaser for another article, an author's box with a photo).
const maxCaption = 400

// isImageBox reports whether n holds an image and little text besides: a
// caption or a photo credit, which reads as a stray line without the image,
// or a card around a picture (a teaser, an author's box), which is chrome.
func isImageBox(n *html.Node) bool {
	hasImage := false
	size := 0
	for d := range n.Descendants() {
		switch d.Type {
		case html.ElementNode:
			switch d.DataAtom {
			case atom.Img, atom.Picture:
				hasImage = true
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Table:
				// A caption may be a block of its own, but only the
				// box's first text, and a short one.
				if size > 0 || len(collapse(textOf(d))) > maxCaption/2 {
					return false
				}
			}
		case html.TextNode:
			size += len(strings.TrimSpace(d.Data))
			if size > maxCaption {
				return false
			}
		}
	}
	return hasImage
}

// flush turns the pending inline nodes into a paragraph.
func (bb *blockBuilder) flush() {
	if len(bb.inline) == 0 {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	nodes := bb.inline
	bb.inline = nil
	// Render copies, so that the article tree is left as it was.
	for _, n := range nodes {
		p.AppendChild(cloneNode(n))
	}
	bb.add(clean.Paragraph, 0, p)
}

// add renders n as a block of the given kind.
func (bb *blockBuilder) add(kind clean.Kind, level int, n *html.Node) {
	plain, links := visibleText(n, bb.images)
	if plain == "" && !(bb.images && (kind == clean.Figure)) && kind != clean.Rule {
		return
	}
	b := clean.Block{Kind: kind, Level: level, Plain: plain, Links: links}
	if bb.plainOnly {
		bb.blocks = append(bb.blocks, b)
		bb.nodes = append(bb.nodes, n)
		return
	}
	if b, ok := renderBlock(b, n, bb.domain, bb.images); ok {
		bb.blocks = append(bb.blocks, b)
	}
}

// renderBlock fills in b.Text, the Markdown of node n; it reports false when
// n renders to nothing.
func renderBlock(b clean.Block, n *html.Node, domain string, images bool) (clean.Block, bool) {
	md := renderMarkdown(n, domain, images)
	if b.Kind == clean.Heading {
		md = strings.TrimSpace(strings.TrimLeft(md, "#"))
		if md == "" {
			return b, false
		}
	}
	if md == "" && b.Kind != clean.Rule {
		return b, false
	}
	if b.Kind == clean.List {
		md = tightenLists(md)
	}
	b.Text = md
	return b, true
}

// tightenLists removes the blank line the converter leaves between a list
// item's text and the list nested in it, so that nested lists stay tight.
func tightenLists(md string) string {
	lines := strings.Split(md, "\n")
	out := lines[:0]
	for i, l := range lines {
		if strings.TrimSpace(l) == "" && i+1 < len(lines) && startsNestedItem(lines[i+1]) && i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// startsNestedItem reports whether a line opens an indented list item.
func startsNestedItem(l string) bool {
	t := strings.TrimLeft(l, " ")
	if len(t) == len(l) {
		return false
	}
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// renderMarkdown converts one block element to Markdown.
func renderMarkdown(n *html.Node, domain string, images bool) string {
	// The converter changes the tree it renders: it gets a copy.
	c := cloneNode(n)
	if !images {
		dropImages(c)
	}
	var opts []converter.ConvertOptionFunc
	if domain != "" {
		opts = append(opts, converter.WithDomain(domain))
	}
	wrap := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	wrap.AppendChild(c)
	out, err := mdConverter.ConvertNode(wrap, opts...)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// dropImages removes the images below c.
func dropImages(c *html.Node) {
	var drop []*html.Node
	for d := range c.Descendants() {
		if d.Type == html.ElementNode && (d.DataAtom == atom.Img || d.DataAtom == atom.Picture || d.DataAtom == atom.Svg) {
			drop = append(drop, d)
		}
	}
	for _, d := range drop {
		if d.Parent != nil {
			d.Parent.RemoveChild(d)
		}
	}
}

// visibleText returns n's text with whitespace folded, and how many of its
// characters sit inside links.
func visibleText(n *html.Node, images bool) (string, int) {
	var sb strings.Builder
	links := 0
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			sb.WriteString(n.Data)
			if inLink {
				links += utf8.RuneCountInString(clean.Collapse(n.Data))
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			switch n.DataAtom {
			case atom.A:
				inLink = true
			case atom.Br, atom.P, atom.Li, atom.Td, atom.Th, atom.Div, atom.Tr:
				sb.WriteByte(' ')
			case atom.Img:
				if images {
					sb.WriteString(attr(n, "alt"))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
		if _, ok := blockKinds[n.DataAtom]; ok && n.Type == html.ElementNode {
			sb.WriteByte(' ')
		}
	}
	walk(n, false)
	return clean.Collapse(sb.String()), links
}

// inlineAtoms are the phrasing elements that flow inside a paragraph.
var inlineAtoms = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true, atom.Dfn: true,
	atom.Em: true, atom.I: true, atom.Ins: true, atom.Kbd: true, atom.Label: true,
	atom.Mark: true, atom.Q: true, atom.Rp: true, atom.Rt: true, atom.Ruby: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Wbr: true, atom.Font: true, atom.Strike: true, atom.Tt: true, atom.Big: true,
}

func isInline(n *html.Node) bool {
	return n.Type == html.TextNode || (n.Type == html.ElementNode && inlineAtoms[n.DataAtom])
}

// hasBlockChild reports whether n holds a block-level element below it.
func hasBlockChild(n *html.Node) bool {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && !inlineAtoms[d.DataAtom] && d.DataAtom != atom.Br &&
			d.DataAtom != atom.Img && d.DataAtom != atom.Picture && d.DataAtom != atom.Source && !skipped[d.DataAtom] {
			return true
		}
	}
	return false
}

// cloneNode returns a deep copy of n, detached from its tree.
func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	c.Attr = append([]html.Attribute(nil), n.Attr...)
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneNode(k))
	}
	return c
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
