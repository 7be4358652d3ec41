package extract

import (
	"strings"
	"sync"
	"unicode"
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

// newConverter returns a converter that renders HTML blocks as Markdown.
func newConverter() *converter.Converter {
	return converter.NewConverter(
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
			safePlugin{},
		),
	)
}

// converters holds the converters not in use. A Converter is safe for
// concurrent use, but it takes a read lock for every character it might
// escape: shared by pages converted on two cores at once, that lock's
// counter moves between their caches all the time, which cost a tenth of
// the CPU time of a batch at -j 2. Each call takes a converter of its own
// and gives it back; there are never more than the calls at once.
var converters struct {
	sync.Mutex
	free []*converter.Converter
}

func takeConverter() *converter.Converter {
	converters.Lock()
	defer converters.Unlock()
	n := len(converters.free)
	if n == 0 {
		return newConverter()
	}
	c := converters.free[n-1]
	converters.free = converters.free[:n-1]
	return c
}

func giveConverter(c *converter.Converter) {
	converters.Lock()
	converters.free = append(converters.free, c)
	converters.Unlock()
}

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

// blockBuilder collects the blocks of an article tree, their text first;
// their Markdown is rendered afterwards, for all of them in one pass
// (renderBlocks).
type blockBuilder struct {
	domain string // the page's URL, for absolute links
	images bool   // keep images
	blocks []clean.Block
	srcs   []blockSource // what each block renders from
	inline []*html.Node  // inline nodes waiting to form a paragraph
}

// blockSource is what a block renders from: an element of the article tree,
// or a run of its inline nodes that makes a paragraph.
type blockSource struct {
	node   *html.Node
	inline []*html.Node
}

// htmlBlocks splits the article tree under root into blocks, rendering each
// as Markdown.
func htmlBlocks(root *html.Node, pageURL string, images bool) []clean.Block {
	bb := &blockBuilder{domain: pageURL, images: images}
	bb.walk(root)
	bb.flush()
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
				bb.add(clean.Figure, 0, c)
			}
			continue
		}
		if c.DataAtom == atom.Br {
			bb.pushInline(c)
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
	plain, links := nodesText(nodes, bb.images)
	bb.addText(clean.Paragraph, 0, plain, links, blockSource{inline: nodes})
}

// add takes n as a block of the given kind.
func (bb *blockBuilder) add(kind clean.Kind, level int, n *html.Node) {
	plain, links := visibleText(n, bb.images)
	bb.addText(kind, level, plain, links, blockSource{node: n})
}

// addText takes a block whose text is known, unless it is empty.
func (bb *blockBuilder) addText(kind clean.Kind, level int, plain string, links int, src blockSource) {
	if plain == "" && !(bb.images && (kind == clean.Figure)) && kind != clean.Rule {
		return
	}
	bb.blocks = append(bb.blocks, clean.Block{Kind: kind, Level: level, Plain: plain, Links: links})
	bb.srcs = append(bb.srcs, src)
}

// renderBlocks fills in the Text of each block, the Markdown of its source,
// and leaves out the blocks that render to nothing. The blocks are rendered
// in one call of the converter, which costs much less than one call each;
// each block stands alone in it, between paragraphs holding only
// blockBreak, where its output is cut. A block that the cut may not give
// as a call of its own would is rendered again alone (renderTogether).
func renderBlocks(blocks []clean.Block, srcs []blockSource, domain string, images bool) []clean.Block {
	mds := renderTogether(srcs, domain, images)
	var out []clean.Block
	for i, b := range blocks {
		md, ok := "", false
		if mds != nil {
			md, ok = mds[i].md, mds[i].ok
		}
		if !ok {
			md = renderMarkdown(srcs[i], domain, images)
		}
		if b, ok := finishBlock(b, md); ok {
			out = append(out, b)
		}
	}
	return out
}

// finishBlock sets b.Text to md, tidied for its kind; it reports false when
// the block renders to nothing.
func finishBlock(b clean.Block, md string) (clean.Block, bool) {
	md = safeMarkdown(md, true)
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

// blockBreak separates the blocks rendered together: a Unicode
// noncharacter, which pages do not exchange, so that no page text can make
// it; renderTogether checks anyway.
const blockBreak = "\uFDD0"

// rendered is the Markdown of one block cut from a joint rendering; ok is
// false when it has to be rendered alone.
type rendered struct {
	md string
	ok bool
}

// renderTogether renders the sources to Markdown in one call of the
// converter, and cuts the output into one piece each; it returns nil when
// it cannot tell them apart (a page that holds blockBreak).
//
// Alone, a block's output is trimmed of white space before the converter
// decides which Markdown characters to escape, which it does by what
// stands before them on their line; cut from a joint output, a piece is
// trimmed after. The two differ only for a piece that begins or ends with
// white space other than spaces and line breaks (a no-break space, a line
// separator): those are marked to be rendered alone.
func renderTogether(srcs []blockSource, domain string, images bool) []rendered {
	if len(srcs) < 2 {
		return nil
	}
	for _, src := range srcs {
		if src.holds(blockBreak) {
			return nil
		}
	}
	// One copy of all the blocks, in one allocation: the blocks, the div
	// around them and a paragraph and its text between each two.
	nodes, attrs := 1+2*(len(srcs)-1), 0
	for _, src := range srcs {
		n, a := src.size()
		nodes += n
		attrs += a
	}
	c := newCloner(nodes, attrs)
	wrap := c.node(html.ElementNode, "div", atom.Div)
	for i, src := range srcs {
		if i > 0 {
			p := c.node(html.ElementNode, "p", atom.P)
			p.AppendChild(c.node(html.TextNode, blockBreak, 0))
			wrap.AppendChild(p)
		}
		wrap.AppendChild(src.tree(c, images))
	}
	out := convert(wrap, domain)
	if strings.Count(out, blockBreak) != len(srcs)-1 {
		return nil
	}
	mds := make([]rendered, 0, len(srcs))
	for piece := range strings.SplitSeq(out, blockBreak) {
		md := strings.Trim(piece, " \n")
		first, _ := utf8.DecodeRuneInString(md)
		last, _ := utf8.DecodeLastRuneInString(md)
		ok := md == "" || !unicode.IsSpace(first) && !unicode.IsSpace(last)
		mds = append(mds, rendered{md, ok})
	}
	return mds
}

// renderMarkdown converts one block to Markdown.
func renderMarkdown(src blockSource, domain string, images bool) string {
	nodes, attrs := src.size()
	c := newCloner(1+nodes, attrs)
	wrap := c.node(html.ElementNode, "div", atom.Div)
	wrap.AppendChild(src.tree(c, images))
	return strings.TrimSpace(convert(wrap, domain))
}

// convert runs the Markdown converter on n; links are made absolute against
// domain when it is given.
func convert(n *html.Node, domain string) string {
	var opts []converter.ConvertOptionFunc
	if domain != "" {
		opts = append(opts, converter.WithDomain(domain))
	}
	c := takeConverter()
	out, err := c.ConvertNode(n, opts...)
	giveConverter(c)
	if err != nil {
		return ""
	}
	return string(out)
}

// tree returns a copy of the source for the converter, which changes the
// tree it renders, made by c: the element, or a paragraph of the inline
// nodes; without the images below it unless they are kept.
func (src blockSource) tree(c *cloner, images bool) *html.Node {
	var t *html.Node
	if src.node != nil {
		t = c.clone(src.node)
	} else {
		t = c.node(html.ElementNode, "p", atom.P)
		for _, n := range src.inline {
			t.AppendChild(c.clone(n))
		}
	}
	if !images {
		dropImages(t)
	}
	return t
}

// size returns the nodes and attributes that a copy of the source takes.
func (src blockSource) size() (nodes, attrs int) {
	if src.node != nil {
		return treeSize(src.node)
	}
	nodes = 1 // the paragraph
	for _, n := range src.inline {
		kn, ka := treeSize(n)
		nodes += kn
		attrs += ka
	}
	return nodes, attrs
}

// holds reports whether s is in the text or the attributes of the source.
func (src blockSource) holds(s string) bool {
	if src.node != nil {
		return nodeHolds(src.node, s)
	}
	for _, n := range src.inline {
		if nodeHolds(n, s) {
			return true
		}
	}
	return false
}

func nodeHolds(n *html.Node, s string) bool {
	if strings.Contains(n.Data, s) {
		return true
	}
	for _, a := range n.Attr {
		if strings.Contains(a.Val, s) {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if nodeHolds(c, s) {
			return true
		}
	}
	return false
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
	return nodesText([]*html.Node{n}, images)
}

// nodesText returns the text of nodes, as visibleText does.
func nodesText(nodes []*html.Node, images bool) (string, int) {
	var tw textWalker
	for _, n := range nodes {
		tw.walk(n, false, images)
	}
	if !tw.invalid {
		return tw.sb.String(), tw.links
	}
	// Bytes that are not UTF-8: clean.Collapse says what becomes of them.
	tw = textWalker{raw: true}
	for _, n := range nodes {
		tw.walk(n, false, images)
	}
	return clean.Collapse(tw.sb.String()), tw.links
}

// textWalker gathers the visible text of nodes, each run of white space
// folded into one space and none at either end, as clean.Collapse does but
// as it goes; and it counts the characters inside links.
type textWalker struct {
	sb      strings.Builder
	pending bool // white space since the last character written
	invalid bool // bytes that are not UTF-8 were met
	raw     bool // write the text as it is, leaving the folding to the caller
	links   int
}

func (tw *textWalker) walk(n *html.Node, inLink, images bool) {
	switch n.Type {
	case html.TextNode:
		tw.text(n.Data)
		if inLink {
			tw.links += collapsedLen(n.Data)
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
			tw.space()
		case atom.Img:
			if images {
				tw.text(attr(n, "alt"))
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		tw.walk(c, inLink, images)
	}
	if _, ok := blockKinds[n.DataAtom]; ok && n.Type == html.ElementNode {
		tw.space()
	}
}

// space adds white space.
func (tw *textWalker) space() {
	if tw.raw {
		tw.sb.WriteByte(' ')
		return
	}
	tw.pending = tw.sb.Len() > 0
}

// text adds s, copying its runs of other characters whole.
func (tw *textWalker) text(s string) {
	if tw.raw {
		tw.sb.WriteString(s)
		return
	}
	start := -1 // where the run being copied starts
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				tw.invalid = true
			}
		}
		if !unicode.IsSpace(r) {
			if start < 0 {
				if tw.pending {
					tw.sb.WriteByte(' ')
					tw.pending = false
				}
				start = i
			}
			continue
		}
		if start >= 0 {
			tw.sb.WriteString(s[start:i])
			start = -1
		}
		tw.pending = tw.sb.Len() > 0
	}
	if start >= 0 {
		tw.sb.WriteString(s[start:])
	}
}

// collapsedLen returns the length in characters of clean.Collapse(s),
// without making it: the characters other than white space, and one space
// between each two runs of them.
func collapsedLen(s string) int {
	n := 0
	inRun := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inRun = false
			continue
		}
		if !inRun && n > 0 {
			n++ // the space before this run
		}
		inRun = true
		n++
	}
	return n
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

// cloneNode returns a deep copy of n, detached from its tree. The copies
// are made in one allocation, and their attributes in another, rather than
// one or two a node.
func cloneNode(n *html.Node) *html.Node {
	return newCloner(treeSize(n)).clone(n)
}

// treeSize returns the number of nodes in the tree under n, n included,
// and of their attributes.
func treeSize(n *html.Node) (nodes, attrs int) {
	nodes, attrs = 1, len(n.Attr)
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		kn, ka := treeSize(k)
		nodes += kn
		attrs += ka
	}
	return nodes, attrs
}

// cloner hands out the nodes and attributes of a copy, from arrays made for
// the number of them it will be asked for.
type cloner struct {
	nodes []html.Node
	attrs []html.Attribute
}

func newCloner(nodes, attrs int) *cloner {
	c := &cloner{nodes: make([]html.Node, nodes)}
	if attrs > 0 {
		c.attrs = make([]html.Attribute, 0, attrs)
	}
	return c
}

// node returns a new node without attributes.
func (c *cloner) node(typ html.NodeType, data string, a atom.Atom) *html.Node {
	m := &c.nodes[0]
	c.nodes = c.nodes[1:]
	m.Type, m.Data, m.DataAtom = typ, data, a
	return m
}

func (c *cloner) clone(n *html.Node) *html.Node {
	m := &c.nodes[0]
	c.nodes = c.nodes[1:]
	m.Type, m.DataAtom, m.Data, m.Namespace = n.Type, n.DataAtom, n.Data, n.Namespace
	if len(n.Attr) > 0 {
		// Capacity cut to length, so that an attribute added to one node
		// is not written over the next node's.
		start := len(c.attrs)
		c.attrs = append(c.attrs, n.Attr...)
		m.Attr = c.attrs[start:len(c.attrs):len(c.attrs)]
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		m.AppendChild(c.clone(k))
	}
	return m
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
