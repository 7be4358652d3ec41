package htmlpage

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
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// convKind is the kind of a converter: its escaping, and its plugins.
type convKind uint8

const (
	// leanConv has its own escaping off, and neither the table plugin
	// nor the strikethrough plugin: for a tree without the elements
	// those render (needsPlugins), it writes what plainConv writes, and
	// costs less for every node (the converter copies and sorts its
	// renderers at each node, and runs every plugin's passes over the
	// tree).
	leanConv convKind = iota
	plainConv
	escapingConv // its own escaping on: see newConverter
	convKinds
)

// kindFor returns the kind of converter for a tree whose survey found seen.
func kindFor(seen scanned) convKind {
	switch {
	case seen&mustEscape != 0:
		return escapingConv
	case seen&needsPlugins != 0:
		return plainConv
	}
	return leanConv
}

// newConverter returns a converter of the given kind that renders HTML
// blocks as Markdown.
//
// Its own escaping is off unless it is an escapingConv: the text it
// renders is marked first (safePlugin), every ASCII punctuation character
// moved out of ASCII, so that it finds nothing to escape, and SafeMarkdown
// escapes what needs it afterwards. It would still replace a NUL in the
// text and drop the bell character it uses as its escape mark from the
// output: a tree that holds either (mustEscape) goes to a converter with
// escaping on, and renders as it always did.
//
// Plugins in extra come last (tests add theirs).
func newConverter(kind convKind, extra ...converter.Plugin) *converter.Converter {
	var opts []func(*converter.Converter) error
	if kind != escapingConv {
		opts = append(opts, converter.WithEscapeMode(converter.EscapeModeDisabled))
	}
	plugins := []converter.Plugin{
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(
			commonmark.WithHeadingStyle(commonmark.HeadingStyleATX),
			commonmark.WithBulletListMarker("-"),
			commonmark.WithLinkEmptyContentBehavior(commonmark.LinkBehaviorSkip),
			commonmark.WithLinkEmptyHrefBehavior(commonmark.LinkBehaviorSkip),
		),
	}
	if kind != leanConv {
		plugins = append(plugins,
			strikethrough.NewStrikethroughPlugin(),
			table.NewTablePlugin(table.WithCellPaddingBehavior(table.CellPaddingBehaviorMinimal)))
	}
	plugins = append(plugins, safePlugin{})
	opts = append(opts, converter.WithPlugins(plugins...))
	if len(extra) > 0 {
		opts = append(opts, converter.WithPlugins(extra...))
	}
	return converter.NewConverter(opts...)
}

// converters holds the converters not in use, by kind. A Converter is
// safe for concurrent use, but it takes a read lock for every character it
// might escape: shared by pages converted on two cores at once, that
// lock's counter moves between their caches all the time, which cost a
// tenth of the CPU time of a batch at -j 2. Each call takes a converter of
// its own and gives it back; there are never more than the calls at once.
var converters struct {
	sync.Mutex
	free [convKinds][]*converter.Converter
}

func takeConverter(kind convKind) *converter.Converter {
	converters.Lock()
	defer converters.Unlock()
	free := &converters.free[kind]
	n := len(*free)
	if n == 0 {
		return newConverter(kind)
	}
	c := (*free)[n-1]
	*free = (*free)[:n-1]
	return c
}

func giveConverter(c *converter.Converter, kind convKind) {
	converters.Lock()
	converters.free[kind] = append(converters.free[kind], c)
	converters.Unlock()
}

// renderBlocks fills in the Text of each block, the Markdown of its source,
// and leaves out the blocks that render to nothing. The blocks are rendered
// in runs of up to maxJointText bytes of text, each run in one call of the
// converter, which costs much less than one call a block; each block stands
// alone in it, between paragraphs holding only blockBreak, where its output
// is cut. A block that the cut may not give as a call of its own would is
// rendered again alone (renderTogether). The bound on a run bounds the
// converter's copies of its output, which for a huge page in one call took
// gigabytes.
func renderBlocks(blocks []article.Block, srcs []blockSource, domain string, images bool) []article.Block {
	return renderRuns(nil, blocks, srcs, domain, images, false)
}

// renderConsuming is renderBlocks on blocks and sources that are the
// caller's no more: the rendered blocks take the place of blocks, and each
// run's sources are cut out of their tree once rendered, so that on a
// huge page the parts of the tree rendered already are let go while the
// rest renders. Sources are rendered from copies of their own nodes, never
// from what lies around them, so cutting the sources of a run changes
// nothing of the runs after it.
func renderConsuming(blocks []article.Block, srcs []blockSource, domain string, images bool) []article.Block {
	return renderRuns(blocks[:0], blocks, srcs, domain, images, true)
}

// renderRuns appends to out the blocks rendered, run by run; with cut, it
// cuts each run's sources out of their tree after the run. out may be
// blocks[:0]: a run appends no more blocks than it reads.
func renderRuns(out, blocks []article.Block, srcs []blockSource, domain string, images, cut bool) []article.Block {
	for start := 0; start < len(blocks); {
		end, text := start, 0
		for end < len(blocks) && (end == start || text+len(blocks[end].Plain) <= maxJointText) {
			text += len(blocks[end].Plain)
			end++
		}
		out = renderRun(out, blocks[start:end], srcs[start:end], domain, images)
		if cut {
			for k := start; k < end; k++ {
				srcs[k].cut()
				srcs[k] = blockSource{}
			}
		}
		start = end
	}
	return out
}

// cut takes the source's nodes out of their tree.
func (src blockSource) cut() {
	if src.node != nil && src.node.Parent != nil {
		src.node.Parent.RemoveChild(src.node)
	}
	for _, n := range src.inline {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// maxJointText is the most text, in bytes, of the blocks rendered in one
// call of the converter: more than most articles hold.
const maxJointText = 256 << 10

// renderRun renders blocks, the Markdown of srcs, in one call of the
// converter, and appends those that render to something to out.
//
// The paragraphs and headings of text alone are written directly
// (plainMarkdown), and so are those of text and the common inline
// elements, and simple lists of them (inlineMarkdown); the converter
// renders the others.
func renderRun(out, blocks []article.Block, srcs []blockSource, domain string, images bool) []article.Block {
	plain := make([]rendered, len(srcs))
	var rest []blockSource
	var inline *inlineReader // taken for the first block that needs it
	for i, src := range srcs {
		plain[i].md, plain[i].ok = src.plainMarkdown()
		if !plain[i].ok {
			if inline == nil {
				inline = takeInlineReader(linkBase(domain))
			}
			plain[i].md, plain[i].ok = inline.markdown(src, inline.base, images)
		}
		if !plain[i].ok {
			rest = append(rest, src)
		}
	}
	if inline != nil {
		inline.release()
	}
	mds := renderTogether(rest, domain, images)
	k := 0 // the next of rest
	for i, b := range blocks {
		md, ok, own := plain[i].md, plain[i].ok, true
		if !ok {
			if mds != nil {
				md, ok, own = mds[k].md, mds[k].ok, !mds[k].shared
			}
			if !ok {
				md, own = renderMarkdown(srcs[i], domain, images), true
			}
			k++
		}
		if b, ok := finishBlock(b, md, own); ok {
			out = append(out, b)
		}
	}
	return out
}

// finishBlock sets b.Text to md, tidied for its kind; it reports false when
// the block renders to nothing. Unless own, md is a piece of a long run's
// Markdown, which b.Text must not share.
func finishBlock(b article.Block, md string, own bool) (article.Block, bool) {
	if own {
		md = mdsafe.SafeMarkdown(md, true)
	} else {
		md = mdsafe.SafeMarkdownCopy(md, true)
	}
	if b.Kind == article.Heading {
		md = strings.TrimSpace(strings.TrimLeft(md, "#"))
		if md == "" {
			return b, false
		}
	}
	if md == "" && b.Kind != article.Rule {
		return b, false
	}
	if b.Kind == article.List {
		md = tightenLists(md)
	}
	b.Text = md
	return b, true
}

// tightenLists removes the blank line the converter leaves between a list
// item's text and the list nested in it, so that nested lists stay tight.
func tightenLists(md string) string {
	if !strings.Contains(md, "\n ") {
		return md // no indented line, so no nested item: nothing to remove
	}
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
	md     string
	ok     bool
	shared bool // md is a piece of a run's Markdown of over sharedRun bytes
}

// sharedRun is the most Markdown, in bytes, of a run that its blocks may
// keep alive by sharing it: a small page's run is about its article, but
// a huge page's runs kept alive by one heading each are all its Markdown
// over again.
const sharedRun = 32 << 10

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
	// One copy of all the blocks, in one allocation: the blocks, the div
	// around them and a paragraph and its text between each two.
	var seen scanned
	nodes, attrs := 1+2*(len(srcs)-1), 0
	for _, src := range srcs {
		n, a, s := src.survey()
		nodes += n
		attrs += a
		seen |= s
	}
	if seen&holdsBreak != 0 {
		return nil
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
	out := convertWith(wrap, domain, kindFor(seen))
	if strings.Count(out, blockBreak) != len(srcs)-1 {
		return nil
	}
	mds := make([]rendered, 0, len(srcs))
	for piece := range strings.SplitSeq(out, blockBreak) {
		md := strings.Trim(piece, " \n")
		first, _ := utf8.DecodeRuneInString(md)
		last, _ := utf8.DecodeLastRuneInString(md)
		ok := md == "" || !unicode.IsSpace(first) && !unicode.IsSpace(last)
		mds = append(mds, rendered{md, ok, len(out) > sharedRun})
	}
	return mds
}

// renderMarkdown converts one block to Markdown.
func renderMarkdown(src blockSource, domain string, images bool) string {
	nodes, attrs, seen := src.survey()
	c := newCloner(1+nodes, attrs)
	wrap := c.node(html.ElementNode, "div", atom.Div)
	wrap.AppendChild(src.tree(c, images))
	return strings.TrimSpace(convertWith(wrap, domain, kindFor(seen)))
}

// convert runs the Markdown converter on n; links are made absolute against
// domain when it is given.
func convert(n *html.Node, domain string) string {
	return convertWith(n, domain, kindFor(scanNode(n)))
}

// convertWith is convert with a converter of the given kind, which
// renders as the others do unless n holds what mustEscape or needsPlugins
// stands for.
func convertWith(n *html.Node, domain string, kind convKind) string {
	var opts []converter.ConvertOptionFunc
	if domain != "" {
		opts = append(opts, converter.WithDomain(domain))
	}
	c := takeConverter(kind)
	out, err := c.ConvertNode(n, opts...)
	giveConverter(c, kind)
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
	prepareCopy(t)
	return t
}

// prepareCopy readies a copy for the converter in one walk: the alt text
// and titles of links and images marked (markAttrs), tables the converter
// would give up on marked (markBrokenTable).
func prepareCopy(n *html.Node) {
	if n.Type == html.ElementNode {
		if n.Data == "a" || n.Data == "img" {
			markAttrs(n)
		}
		markBrokenTable(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		prepareCopy(c)
	}
}

// scanned tells what a scan of the text and attributes of a tree found.
type scanned uint8

const (
	holdsBreak   scanned = 1 << iota // blockBreak
	mustEscape                       // a NUL or a bell character: see newConverter
	needsPlugins                     // an element that the table or strikethrough plugin renders
)

// survey returns the nodes and attributes that a copy of the source
// takes, and what its text and attributes hold, in one walk.
func (src blockSource) survey() (nodes, attrs int, seen scanned) {
	if src.node != nil {
		return surveyNode(src.node)
	}
	nodes = 1 // the paragraph
	for _, n := range src.inline {
		kn, ka, ks := surveyNode(n)
		nodes += kn
		attrs += ka
		seen |= ks
	}
	return nodes, attrs, seen
}

// surveyNode is survey for the tree under n.
func surveyNode(n *html.Node) (nodes, attrs int, seen scanned) {
	nodes, attrs, seen = 1, len(n.Attr), scanString(n.Data)
	if n.Type == html.ElementNode && pluginElement(n.Data) {
		seen |= needsPlugins
	}
	for _, a := range n.Attr {
		seen |= scanString(a.Key) | scanString(a.Val)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		kn, ka, ks := surveyNode(c)
		nodes += kn
		attrs += ka
		seen |= ks
	}
	return nodes, attrs, seen
}

// scanNode reports what the text and the attributes of the tree under n
// hold.
func scanNode(n *html.Node) scanned {
	_, _, seen := surveyNode(n)
	return seen
}

func scanString(s string) scanned {
	var seen scanned
	if strings.Contains(s, blockBreak) {
		seen |= holdsBreak
	}
	if strings.IndexByte(s, 0) >= 0 || strings.IndexByte(s, '\a') >= 0 {
		seen |= mustEscape
	}
	return seen
}

// pluginElement reports whether an element of the given name is one that
// the table plugin (a table, a row) or the strikethrough plugin renders:
// the names as they match them.
func pluginElement(name string) bool {
	switch name {
	case "table", "tr", "del", "s", "strike":
		return true
	}
	return false
}
