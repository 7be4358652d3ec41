package htmlpage

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockKinds maps the elements that stand as one block each to their kind.
var blockKinds = map[atom.Atom]article.Kind{
	atom.P: article.Paragraph, atom.H1: article.Heading, atom.H2: article.Heading,
	atom.H3: article.Heading, atom.H4: article.Heading, atom.H5: article.Heading,
	atom.H6: article.Heading, atom.Ul: article.List, atom.Ol: article.List, atom.Dl: article.List,
	atom.Blockquote: article.Quote, atom.Pre: article.Code, atom.Table: article.Table,
	atom.Figure: article.Figure, atom.Hr: article.Rule, atom.Address: article.Paragraph,
}

// skipped are elements whose content never reaches the body.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: false, atom.Button: true, atom.Select: true,
	atom.Input: true, atom.Textarea: true, atom.Form: false, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// blockBuilder collects the blocks of an article tree, their text first;
// their Markdown is rendered afterwards, for all of them in one pass
// (renderBlocks).
type blockBuilder struct {
	domain string // the page's URL, for absolute links
	images bool   // keep images
	blocks []article.Block
	srcs   []blockSource // what each block renders from
	inline []*html.Node  // inline nodes waiting to form a paragraph
	text   textBuf       // where the text of each block is made
	// holders, when not nil, holds every element with an image below it
	// (imageHolders), so that isImageBox walks only those.
	holders map[*html.Node]bool
}

// blockSource is what a block renders from: an element of the article tree,
// or a run of its inline nodes that makes a paragraph.
type blockSource struct {
	node   *html.Node
	inline []*html.Node
}

// htmlBlocks splits the article tree under root into blocks, rendering each
// as Markdown.
func htmlBlocks(root *html.Node, pageURL string, images bool) []article.Block {
	bb := &blockBuilder{domain: pageURL, images: images}
	bb.text.take()
	bb.walk(root)
	bb.flush()
	bb.text.give()
	return renderBlocks(bb.blocks, bb.srcs, pageURL, images)
}

func (bb *blockBuilder) walk(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			bb.pushInline(c)
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
				bb.add(article.Figure, 0, c)
			}
			continue
		}
		if c.DataAtom == atom.Br {
			bb.pushInline(c)
			continue
		}
		if c.DataAtom == atom.Dl && listifyDefinitions(c) {
			// Terms as paragraphs, each term's definitions as a list.
			bb.flush()
			bb.walk(c)
			bb.flush()
			continue
		}
		if kind, ok := blockKinds[c.DataAtom]; ok {
			bb.flush()
			level := 0
			if kind == article.Heading {
				level = int(c.Data[1] - '0')
				if inCaption(c) {
					// A picture's caption set as a heading is no
					// section of the article: rendered as a paragraph.
					kind, level = article.Paragraph, 0
					c.Data, c.DataAtom = "p", atom.P
				}
			}
			if kind == article.Figure && !bb.images {
				// Keep a long figure text as paragraphs; drop the image
				// and a caption.
				if !bb.imageBox(c) {
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
		if !bb.images && bb.imageBox(c) {
			continue // an image with its caption, or a card
		}
		if isInline(c) && !hasBlockChild(c) {
			bb.pushInline(c)
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
				if size > 0 || len(collapsedText(d)) > maxCaption/2 {
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

// imageBox is isImageBox(n), asked only of the elements that hold an image
// when bb knows them: most elements hold none, and isImageBox walks them
// until they have text enough.
func (bb *blockBuilder) imageBox(n *html.Node) bool {
	return (bb.holders == nil || bb.holders[n]) && isImageBox(n)
}

// imageHolders returns the elements under root, root included, that have
// an <img> or a <picture> below them, anywhere (as isImageBox looks).
func imageHolders(root *html.Node) map[*html.Node]bool {
	holders := map[*html.Node]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Img || c.DataAtom == atom.Picture {
				for p := c.Parent; p != nil && !holders[p]; p = p.Parent {
					holders[p] = true
				}
			}
			if c.FirstChild != nil {
				walk(c)
			}
		}
	}
	walk(root)
	return holders
}

// pushInline adds n to the pending inline nodes. Their runs share arrays
// of a few dozen nodes, so that most runs cost no allocation.
func (bb *blockBuilder) pushInline(n *html.Node) {
	if cap(bb.inline) == 0 {
		bb.inline = make([]*html.Node, 0, 32)
	}
	bb.inline = append(bb.inline, n)
}

// flush turns the pending inline nodes into a paragraph.
func (bb *blockBuilder) flush() {
	if len(bb.inline) == 0 {
		return
	}
	// The next run goes on in the same array, after this one: its
	// capacity is cut so that it cannot be written over.
	n := len(bb.inline)
	nodes := bb.inline[:n:n]
	bb.inline = bb.inline[n:]
	plain, links := nodesText(nodes, bb.images, &bb.text)
	bb.addText(article.Paragraph, 0, plain, links, blockSource{inline: nodes})
}

// add takes n as a block of the given kind.
func (bb *blockBuilder) add(kind article.Kind, level int, n *html.Node) {
	plain, links := nodesText([]*html.Node{n}, bb.images, &bb.text)
	bb.addText(kind, level, plain, links, blockSource{node: n})
}

// addText takes a block whose text is known, unless it is empty.
func (bb *blockBuilder) addText(kind article.Kind, level int, plain string, links int, src blockSource) {
	if plain == "" && !(bb.images && (kind == article.Figure)) && kind != article.Rule {
		return
	}
	bb.blocks = append(bb.blocks, article.Block{Kind: kind, Level: level, Plain: plain, Links: links})
	bb.srcs = append(bb.srcs, src)
}

// maxDefinition is the longest definition, in bytes, that
// listifyDefinitions makes a list item.
const maxDefinition = 200

// inCaption reports whether n sits inside a figure or its caption.
func inCaption(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && (p.DataAtom == atom.Figcaption || p.DataAtom == atom.Figure) {
			return true
		}
	}
	return false
}

// listifyDefinitions rewrites a definition list (<dl>, which Markdown
// lacks and the converter writes as loose paragraphs) as what it reads
// as: each term (<dt>) a paragraph, each run of definitions (<dd>) a
// bulleted list, so that a box of pros and cons stays two lists. Groups
// wrapped in a <div>, as HTML allows, are rewritten too. It reports
// false, changing nothing, when dl holds no definition, a term without
// text (a picture whose caption is the definition), or a definition with
// blocks or more than maxDefinition bytes of text (comments set as a
// definition list read better as the paragraphs they were).
func listifyDefinitions(dl *html.Node) bool {
	var groups []*html.Node
	groups = append(groups, dl)
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Div {
			groups = append(groups, c)
		}
	}
	found := false
	for _, g := range groups {
		for c := g.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Dd {
				if hasBlockChild(c) || len(collapsedText(c)) > maxDefinition {
					return false // running text: a comment list, a glossary
				}
				found = true
			}
			if c.Type == html.ElementNode && c.DataAtom == atom.Dt && collapsedText(c) == "" {
				return false // a picture's box (an image, its caption)
			}
		}
	}
	if !found {
		return false
	}
	for _, g := range groups {
		var ul *html.Node
		for c := g.FirstChild; c != nil; {
			next := c.NextSibling
			switch {
			case c.Type == html.ElementNode && c.DataAtom == atom.Dd:
				if ul == nil {
					ul = &html.Node{Type: html.ElementNode, Data: "ul", DataAtom: atom.Ul}
					g.InsertBefore(ul, c)
				}
				g.RemoveChild(c)
				c.Data, c.DataAtom, c.Attr = "li", atom.Li, nil
				ul.AppendChild(c)
			case c.Type == html.ElementNode && c.DataAtom == atom.Dt:
				c.Data, c.DataAtom = "p", atom.P
				ul = nil
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
				// white space between definitions
			default:
				ul = nil
			}
			c = next
		}
	}
	return true
}
