package htmlpage

import (
	"slices"

	"github.com/pare-dev/pare/article"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The readability pass's region. Readability weighs every element of the
// page on each of its passes (scores, link densities of whole subtrees, a
// copy of the page a pass), though its article is one container and its
// neighbours. When the paragraph classifier's running text lies under one
// element, with most of the page's, readability is given only that part of
// the <body>: the element one level up from the blocks' nearest common
// ancestor (readability's article is the best container's parent's
// children), with the elements on the way down to it. The page's other
// candidates (the classifier, the text under the headline) still read the
// whole page.

// regionShare is the share of the page's running text the classifier's
// region must hold for readability to be given it alone: below it the
// article may well lie elsewhere (short paragraphs the classifier does not
// keep, under a teaser or a profile it does).
const regionShare = 2.0 / 3

// articleRegion returns the element under which readability is to look
// for the article, among the page's blocks (classified by classifyBlocks,
// sizes sz), or nil for the whole page: the parent of the nearest common
// ancestor of the blocks the classifier finds good (or, when it finds
// none, of the blocks of running text: commonHolder), when it lies below
// <body> and the blocks under it hold at least regionShare of the page's
// running text.
func articleRegion(blocks []article.Block, srcs []blockSource, classes []int, sz blockSizes) *html.Node {
	lca := commonHolder(srcs, func(i int) bool { return classes[i] == classGood })
	if lca == nil {
		// The classifier keeps nothing (short paragraphs, a language
		// without stop words): where all the running text lies, then.
		lca = commonHolder(srcs, func(i int) bool { return sz.running(blocks, i) })
	}
	if lca == nil || lca.Parent == nil {
		return nil
	}
	region := lca.Parent
	if !belowBody(region) {
		return nil
	}
	in := 0
	for i := range blocks {
		if n := srcs[i].at(); n != nil && (n == region || isDescendant(n, region)) {
			in += sz.of(i, i+1)
		}
	}
	if float64(in) < regionShare*float64(sz.of(0, len(blocks))) {
		return nil
	}
	return region
}

// commonHolder returns the nearest common ancestor of the elements that
// hold the blocks for which take is true (of the block's element, or of
// the element its run of inline nodes lies in), or nil.
func commonHolder(srcs []blockSource, take func(i int) bool) *html.Node {
	var lca *html.Node
	for i, s := range srcs {
		if !take(i) {
			continue
		}
		n := s.node
		if n == nil && len(s.inline) > 0 {
			n = s.inline[0].Parent
		}
		if n == nil {
			continue
		}
		if lca == nil {
			lca = n
		} else if lca = commonAncestor(lca, n); lca == nil {
			return nil
		}
	}
	return lca
}

// at returns the node a block renders from: its element, or the first of
// its run of inline nodes.
func (s blockSource) at() *html.Node {
	if s.node != nil {
		return s.node
	}
	if len(s.inline) > 0 {
		return s.inline[0]
	}
	return nil
}

// commonAncestor returns the nearest node that is a or holds a, and is b or
// holds b; nil when they are of different trees.
func commonAncestor(a, b *html.Node) *html.Node {
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

func depth(n *html.Node) int {
	d := 0
	for ; n.Parent != nil; n = n.Parent {
		d++
	}
	return d
}

// belowBody reports whether n lies under a <body> element, not at it.
func belowBody(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Body {
			return true
		}
	}
	return false
}

// keepOnly removes from root the elements below <body> that lie beside
// the way down to the node that stands where region stands in its own
// tree, a copy of root's (the copy the page's blocks were split from:
// the split rewrites some lists, listifyDefinitions). What is left of the
// body is that node, whole, and its ancestors with their text. It reports
// whether it found that node, each on the way having the kind and tag of
// region's ancestor at its place; if not, root is left as it was.
func keepOnly(root, region *html.Node) bool {
	var up []*html.Node // region and its ancestors below the top, upwards
	for n := region; n.Parent != nil; n = n.Parent {
		up = append(up, n)
	}
	way := make([]*html.Node, len(up)) // root's nodes at their places, downwards
	n := root
	for k := range up {
		want := up[len(up)-1-k]
		c := n.FirstChild
		for s := want.Parent.FirstChild; s != want && c != nil; s = s.NextSibling {
			c = c.NextSibling
		}
		if c == nil || c.Type != want.Type || c.Data != want.Data {
			return false
		}
		way[k] = c
		n = c
	}
	inBody := false
	for _, c := range way {
		if inBody {
			p := c.Parent
			for s := p.FirstChild; s != nil; {
				next := s.NextSibling
				if s != c && s.Type == html.ElementNode {
					p.RemoveChild(s)
				}
				s = next
			}
		}
		if c.Type == html.ElementNode && c.DataAtom == atom.Body {
			inBody = true
		}
	}
	return true
}

// splitMayChange reports whether splitPage may change the tree under n:
// it rewrites definition lists (listifyDefinitions) and makes a heading in
// a figure or its caption a paragraph. It errs on the side of yes. Where
// it reports false, the page can be split as it is, and readability given
// a copy of only what it reads (regionCopy), made after the split.
func splitMayChange(n *html.Node, inFigure bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Dl:
			return true
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if inFigure {
				return true
			}
		}
		if splitMayChange(c, inFigure || c.DataAtom == atom.Figure || c.DataAtom == atom.Figcaption) {
			return true
		}
	}
	return false
}

// regionCopy returns the copy of root that keepOnly leaves of a whole copy
// when given region, a node of root itself (the whole copy when region is
// nil): the elements below <body> beside the way down to region are not
// copied at all.
func regionCopy(root, region *html.Node) *html.Node {
	if region == nil {
		return cloneNode(root)
	}
	var down []*html.Node // root, region's ancestors below it and region, downwards
	for n := region; n != nil; n = n.Parent {
		down = append(down, n)
	}
	slices.Reverse(down)
	if down[0] != root {
		return cloneNode(root)
	}
	last := len(down) - 1
	nodes, attrs := 0, 0
	inBody := false
	for k, n := range down {
		nodes++
		attrs += len(n.Attr)
		if k == last {
			kn, ka := treeSize(n)
			nodes, attrs = nodes+kn-1, attrs+ka-len(n.Attr)
			break
		}
		inBody = inBody || (n.Type == html.ElementNode && n.DataAtom == atom.Body)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c != down[k+1] && keptBeside(c, inBody) {
				kn, ka := treeSize(c)
				nodes, attrs = nodes+kn, attrs+ka
			}
		}
	}
	return newCloner(nodes, attrs).cloneWay(down, false)
}

// cloneWay copies down[0] as regionCopy does: the last of down whole, the
// others with what kept keeps of their children beside the way; inBody
// tells whether a node above down[0] is the <body>.
func (c *cloner) cloneWay(down []*html.Node, inBody bool) *html.Node {
	n := down[0]
	if len(down) == 1 {
		return c.clone(n)
	}
	m := c.shallow(n)
	inBody = inBody || (n.Type == html.ElementNode && n.DataAtom == atom.Body)
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		switch {
		case k == down[1]:
			m.AppendChild(c.cloneWay(down[1:], inBody))
		case keptBeside(k, inBody):
			m.AppendChild(c.clone(k))
		}
	}
	return m
}

// keptBeside reports whether keepOnly keeps n, a child of a node on the
// way down beside that way: outside the <body> (inBody false) or not an
// element.
func keptBeside(n *html.Node, inBody bool) bool {
	return !inBody || n.Type != html.ElementNode
}
