package htmlpage

import (
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leanSamples are blocks of every kind the lean converter renders, with
// the details its passes act on: emphasis next to code and links, nested
// lists, a heading in a link, line breaks, comments, odd white space.
var leanSamples = []string{
	`<p>A <em>quick</em><em> brown</em> <strong><a href="/fox" title="The fox">fox</a></strong> jumps.</p>`,
	`<p><b>Bold <b>twice</b></b> and <i>it<code>code</code>alic</i> and <code>a</code><code>b</code>.</p>`,
	`<ul><li>One<ul><li>one a</li><li>one b <a href="b">link</a></li></ul></li><li>Two</li></ul><ol start="7"><li>seven</li><li>eight</li></ol>`,
	`<a href="/story"><h2>A headline in a link</h2></a><p>Text under it.</p>`,
	`<blockquote><p>Quoted <em>words</em>.</p><blockquote><p>Nested.</p></blockquote></blockquote>`,
	"<pre><code class=\"language-go\">func main() {\n\tprintln(\"hi\")\n}</code></pre>",
	`<p>Line one<br>line two<br><br>line four<br></p>`,
	`<figure><img src="/p.jpg" alt="A picture" title="Its title"><figcaption>The caption, <a href="/by">by someone</a>.</figcaption></figure>`,
	`<p>Spaces   <span> between </span>  <a href="">no target</a> <a href="/x"></a> and&nbsp;after.</p><!-- a comment --><hr>`,
	`<dl><dt>Term</dt><dd>Definition</dd></dl><p><ins>inserted</ins> <sub>2</sub> <sup>3</sup> <mark>marked</mark> <kbd>Ctrl</kbd> <var>x</var></p>`,
	`<h3>  Heading   with #hash  </h3><h4></h4><p><a href="mailto:a@b.example?subject=Hi there">mail</a> <a href="?q=a b&amp;r=c">query</a></p>`,
}

// pluginSamples hold an element that the table or strikethrough plugin
// renders: the lean converter is not used for them.
var pluginSamples = []string{
	`<table><tr><td>1</td><td>2</td></tr></table>`,
	`<p>Was <del>40</del> now 30, <s>old</s>, <strike>gone</strike>.</p>`,
	`<ul><li><table><tr><th>a</th></tr></table></li></ul>`,
}

// TestLeanConverter: for a tree without the elements of the table and
// strikethrough plugins, the converter without them writes what the one
// with them writes; a tree with one of those goes to the latter.
func TestLeanConverter(t *testing.T) {
	for _, s := range leanSamples {
		t.Run(s, func(t *testing.T) {
			if !checkLean(t, s) {
				t.Error("not sent to the lean converter")
			}
		})
	}
	for _, s := range escapeSamples {
		t.Run(s, func(t *testing.T) {
			checkLean(t, s)
		})
	}
	for _, s := range pluginSamples {
		t.Run("plugins: "+s, func(t *testing.T) {
			root := mustParse(t, "<html><body><div>"+s+"</div></body></html>")
			if k := kindFor(scanNode(root)); k != plainConv {
				t.Errorf("sent to converter kind %d, want the one with all plugins (%d)", k, plainConv)
			}
		})
	}
}

// checkLean compares the lean and the full converter on the page src when
// it holds none of the plugins' elements, nor what needs escaping; it
// reports whether it did.
func checkLean(t *testing.T, src string) bool {
	t.Helper()
	parse := divPage(t, src)
	lean, full := parse(), parse()
	if k := kindFor(scanNode(lean)); k != leanConv {
		return false
	}
	want := convertWith(full, "https://example.org/x/", plainConv)
	if got := convertWith(lean, "https://example.org/x/", leanConv); got != want {
		t.Errorf("%q: the lean converter gives\n%q\nwant\n%q", src, got, want)
	}
	return true
}

// FuzzLeanConverter holds the lean converter to the full one on any page.
func FuzzLeanConverter(f *testing.F) {
	for _, s := range leanSamples {
		f.Add(s)
	}
	for _, s := range escapeSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkLean(t, src)
	})
}

// TestLeanConverterCorpus renders every block of a spread of the shared
// corpora's pages (when they are there), split as the classifier's
// candidates are, images kept, with both converters: the blocks the lean
// one takes must come out the same.
func TestLeanConverterCorpus(t *testing.T) {
	lean := 0
	pages, blocks := eachCorpusBlock(t, "PARE_LEAN_STEP", "https://example.org/a/", func(page string, i int, src blockSource) {
		if _, _, seen := src.survey(); kindFor(seen) != leanConv {
			return
		}
		lean++
		if got, want := renderAs(src, leanConv), renderAs(src, plainConv); got != want {
			t.Errorf("%s, block %d: the lean converter gives\n%q\nwant\n%q", page, i, got, want)
		}
	})
	if lean == 0 {
		t.Error("no block went to the lean converter")
	}
	t.Logf("%d pages, %d blocks, %d to the lean converter", pages, blocks, lean)
}

// renderAs renders one block with a converter of the given kind.
func renderAs(src blockSource, kind convKind) string {
	nodes, attrs, _ := src.survey()
	c := newCloner(1+nodes, attrs)
	wrap := c.node(html.ElementNode, "div", atom.Div)
	wrap.AppendChild(src.tree(c, true))
	return convertWith(wrap, "https://example.org/a/", kind)
}
