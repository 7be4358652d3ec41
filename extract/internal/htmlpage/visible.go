package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

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
	return nodesText([]*html.Node{n}, images, nil)
}

// textBuf is where the texts of blocks are made: a scratch buffer, grown as
// needed, and the texts of blocks made already (of another candidate), which
// a block of the same text shares instead of holding a copy.
type textBuf struct {
	scratch []byte
	known   map[string]string
	pooled  *[]byte // the holder of scratch when it was taken (take)
}

// take gives tb a buffer of the pool as its scratch; give gives it back.
func (tb *textBuf) take() {
	tb.pooled, tb.scratch = takeScratch()
}

// give gives tb's scratch back to the pool, if it was taken from it.
func (tb *textBuf) give() {
	if tb.pooled != nil {
		giveScratch(tb.pooled, tb.scratch)
	}
	tb.pooled, tb.scratch = nil, nil
}

// text returns b as a string: a known one, or a copy at its length (a
// string built by doubling its buffer would hold up to twice its length
// for as long as it lives).
func (tb *textBuf) text(b []byte) string {
	if tb != nil {
		if s, ok := tb.known[string(b)]; ok {
			return s
		}
	}
	return string(b)
}

// nodesText returns the text of nodes, as visibleText does, made in tb
// (nil for none).
func nodesText(nodes []*html.Node, images bool, tb *textBuf) (string, int) {
	var tw textWalker
	if tb != nil {
		tw.buf = tb.scratch[:0]
	}
	for _, n := range nodes {
		tw.walk(n, false, images)
	}
	var text string
	if tw.sources == 1 && len(tw.buf) <= len(tw.from) && string(tw.buf) == strings.TrimSpace(tw.from) {
		// The text of one text node, as the node has it: share its
		// string rather than hold a copy as long as the block lives.
		text = strings.TrimSpace(tw.from)
	} else {
		text = tb.text(tw.buf)
	}
	if tw.invalid {
		// Bytes that are not UTF-8: clean.Collapse says what becomes of them.
		tw = textWalker{raw: true, buf: tw.buf[:0]}
		for _, n := range nodes {
			tw.walk(n, false, images)
		}
		text = lang.Collapse(string(tw.buf))
	}
	if tb != nil {
		tb.scratch = tw.buf
	}
	return text, tw.links
}

// textWalker gathers the visible text of nodes, each run of white space
// folded into one space and none at either end, as clean.Collapse does but
// as it goes; and it counts the characters inside links.
type textWalker struct {
	buf     []byte
	pending bool // white space since the last character written
	invalid bool // bytes that are not UTF-8 were met
	raw     bool // write the text as it is, leaving the folding to the caller
	links   int
	sources int    // the texts that wrote to buf
	from    string // the last of them
}

func (tw *textWalker) walk(n *html.Node, inLink, images bool) {
	switch n.Type {
	case html.TextNode:
		tw.textOf(n.Data)
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
				tw.textOf(attr(n, "alt"))
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

// allText adds the text of every text node below n, as textOf joins it.
func (tw *textWalker) allText(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			tw.text(c.Data)
		}
		tw.allText(c)
	}
}

// space adds white space.
func (tw *textWalker) space() {
	if tw.raw {
		tw.buf = append(tw.buf, ' ')
		return
	}
	tw.pending = len(tw.buf) > 0
}

// textOf adds s as tw.text does, noting it as a source of the text when it
// writes to it.
func (tw *textWalker) textOf(s string) {
	n := len(tw.buf)
	tw.text(s)
	if len(tw.buf) != n {
		tw.sources++
		tw.from = s
	}
}

// text adds s, copying its runs of other characters whole. A run of ASCII
// characters other than white space, with the lone spaces between them, is
// passed over in a loop of its own.
func (tw *textWalker) text(s string) {
	if tw.raw {
		tw.buf = append(tw.buf, s...)
		return
	}
	start := -1 // where the run being copied starts
	for i := 0; i < len(s); {
		space, size := false, 1
		switch c := s[i]; textClass[c] {
		case asciiOther:
			if start < 0 {
				if tw.pending {
					tw.buf = append(tw.buf, ' ')
					tw.pending = false
				}
				start = i
			}
			for i++; i < len(s); i++ {
				if textClass[s[i]] == asciiOther {
					continue
				}
				// A lone space between two such characters is
				// written as it is: the run goes on.
				if s[i] == ' ' && i+1 < len(s) && textClass[s[i+1]] == asciiOther {
					i++
					continue
				}
				break
			}
			continue
		case asciiWhite:
			space = true
		default:
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				tw.invalid = true
			}
			space = unicode.IsSpace(r)
		}
		if !space {
			if start < 0 {
				if tw.pending {
					tw.buf = append(tw.buf, ' ')
					tw.pending = false
				}
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			tw.buf = append(tw.buf, s[start:i]...)
			start = -1
		}
		tw.pending = len(tw.buf) > 0
		i += size
	}
	if start >= 0 {
		tw.buf = append(tw.buf, s[start:]...)
	}
}

// The classes of a byte of text for textWalker.text: an ASCII character
// other than white space, ASCII white space (as unicode.IsSpace says), or
// a byte of a character beyond ASCII (or of none).
const (
	asciiOther = iota
	asciiWhite
	nonASCII
)

// textClass is the class of each byte.
var textClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = nonASCII
		case asciiSpace[c]:
			t[c] = asciiWhite
		}
	}
	return t
}()

// asciiSpace holds the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

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

// shallow returns a copy of n without its children.
func (c *cloner) shallow(n *html.Node) *html.Node {
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
	return m
}

// node returns a new node without attributes.
func (c *cloner) node(typ html.NodeType, data string, a atom.Atom) *html.Node {
	m := &c.nodes[0]
	c.nodes = c.nodes[1:]
	m.Type, m.Data, m.DataAtom = typ, data, a
	return m
}

func (c *cloner) clone(n *html.Node) *html.Node {
	m := c.shallow(n)
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
