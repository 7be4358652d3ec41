package htmlpage

import (
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsImageBox(t *testing.T) {
	long := strings.Repeat("The council met on Monday to discuss the bridge. ", 6)
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"image and credit", `<div><img src="a.jpg"><span>Photo: J. Doe / Agency</span></div>`, true},
		{"image and short caption paragraph", `<div><img src="a.jpg"><p>The pier at dusk.</p></div>`, true},
		{"image alone", `<div><picture><img src="a.jpg"></picture></div>`, true},
		{"no image", `<div><span>Photo: J. Doe</span></div>`, false},
		{"image and a long text", `<div><img src="a.jpg"><p>` + long + `</p></div>`, false},
		{"teaser card", `<div><img src="a.jpg"><p><a href="/hay">Hay for horses: what to look for in a good bale</a></p></div>`, true},
		{"image then heading and text", `<div><span>Intro</span><img src="a.jpg"><h2>Costs</h2></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.src+"</body></html>")
			var div *html.Node
			for n := range root.Descendants() {
				if n.DataAtom == atom.Div {
					div = n
					break
				}
			}
			if got := isImageBox(div); got != tt.want {
				t.Errorf("isImageBox(%s) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

func TestTightenLists(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nested bullet", "- a\n  \n  - b\n- c", "- a\n  - b\n- c"},
		{"nested number", "1. a\n   \n   1. b", "1. a\n   1. b"},
		{"loose paragraphs stay", "- a\n  \n  second paragraph", "- a\n  \n  second paragraph"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tightenLists(tt.in); got != tt.want {
				t.Errorf("tightenLists(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestRenderBlocksTogether checks that blocks rendered in one call of the
// converter come out as each would alone.
func TestRenderBlocksTogether(t *testing.T) {
	tests := []struct {
		name, body string
	}{
		{"paragraphs and heading", `<h2>Costs</h2><p>The pier costs <b>two</b> million.</p><p>Work starts in <a href="/autumn">autumn</a>.</p>`},
		{"marks that escape at a line's start", `<p>x</p><p>- not a list</p><p># not a heading</p><p>1. not a number</p><p>&gt; not a quote</p><p>---</p><p>===</p>`},
		{"no-break space before a dash", `<p>Council notes</p><p>&nbsp;- the vote was close</p><p>&#8232;- a second point&#8232;</p><p>+ a third&nbsp;</p>`},
		{"lists side by side", `<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul><ul><li>three</li></ul><ol><li>four</li></ol>`},
		{"code, quote and table", "<pre><code>a := 1\n\n\nb := 2</code></pre><blockquote><p>Said once.</p><p>Twice.</p></blockquote><table><tr><th>Year</th></tr><tr><td>2024</td></tr></table>"},
		{"inline runs and line breaks", `<div>Loose text <em>here</em><br>and there  </div><p>   </p><div><span>more</span> text</div><hr><p>after</p>`},
		{"a page holding the separator", "<p>one \uFDD0 two</p><p>three</p>"},
		{"an image kept out", `<p>Before</p><p><img src="a.jpg" alt="A pier"> After</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.body+"</body></html>")
			bb := &blockBuilder{domain: "https://example.org/news/1", images: false}
			bb.walk(root)
			bb.flush()
			if len(bb.blocks) < 2 {
				t.Fatalf("%d blocks, want several", len(bb.blocks))
			}
			var want []string
			for i, b := range bb.blocks {
				if b, ok := finishBlock(b, renderMarkdown(bb.srcs[i], bb.domain, false), true); ok {
					want = append(want, b.Text)
				}
			}
			var got []string
			for _, b := range renderBlocks(bb.blocks, bb.srcs, bb.domain, false) {
				got = append(got, b.Text)
			}
			if strings.Join(got, "\n¶\n") != strings.Join(want, "\n¶\n") {
				t.Errorf("together:\n%q\nalone:\n%q", got, want)
			}
		})
	}
}

// TestVisibleText checks that the text folded on the way is the text
// folded at the end (clean.Collapse), and the count of link characters.
func TestVisibleText(t *testing.T) {
	tests := []struct {
		name, body string
		links      int
	}{
		{"paragraph", `<p>  The pier  costs <b>two</b>million. </p>`, 0},
		{"blocks and breaks", `<div>one<br>two</div><ul><li>three</li><li> four </li></ul><table><tr><td>five</td><td>six</td></tr></table>`, 0},
		{"odd white space", "<p>a\u00a0\u00a0b\u2028c\td\r\ne\u3000 </p>", 0},
		{"links", `<p>See <a href="/a"> the   council's  notes </a> and <a href="/b">more</a>.</p>`, 23},
		{"not UTF-8", "<p> caf\xe9 \xff au  lait </p>", 0},
		{"only white space", "<p> \u00a0 <span> </span></p>", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.body+"</body></html>")
			got, links := visibleText(root, false)
			raw := textWalker{raw: true}
			raw.walk(root, false, false)
			if want := lang.Collapse(string(raw.buf)); got != want {
				t.Errorf("visibleText = %q, want %q", got, want)
			}
			if links != tt.links {
				t.Errorf("links = %d, want %d", links, tt.links)
			}
		})
	}
}

func TestCollapsedLen(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a  b", "\u00a0a\u2028b\u3000", "caf\xe9  \xff", "élan vital  "} {
		t.Run(s, func(t *testing.T) {
			if got, want := collapsedLen(s), utf8.RuneCountInString(lang.Collapse(s)); got != want {
				t.Errorf("collapsedLen(%q) = %d, want %d", s, got, want)
			}
		})
	}
}

// TestCloneNode checks that a copy renders as the original, shares no node
// with it, and that an attribute added to one copied node leaves the next
// node's attributes alone.
func TestCloneNode(t *testing.T) {
	root := mustParse(t, `<html><body><div id="a" class="x"><p class="p1">One <a href="/1">link</a></p><p class="p2">Two</p><!-- note --></div></body></html>`)
	var div *html.Node
	for n := range root.Descendants() {
		if n.DataAtom == atom.Div {
			div = n
			break
		}
	}
	c := cloneNode(div)
	var want, got strings.Builder
	html.Render(&want, div)
	html.Render(&got, c)
	if got.String() != want.String() {
		t.Fatalf("copy renders as %s, want %s", got.String(), want.String())
	}
	if c.Parent != nil || c.NextSibling != nil {
		t.Errorf("the copy is attached to a tree")
	}
	originals := map[*html.Node]bool{}
	for n := range div.Descendants() {
		originals[n] = true
	}
	for n := range c.Descendants() {
		if originals[n] {
			t.Fatalf("the copy shares node %q with the original", n.Data)
		}
	}
	p1 := c.FirstChild
	p1.Attr = append(p1.Attr, html.Attribute{Key: "data-x", Val: "1"})
	got.Reset()
	html.Render(&got, c)
	if w := strings.Replace(want.String(), `class="p1"`, `class="p1" data-x="1"`, 1); got.String() != w {
		t.Errorf("after an attribute added to the first paragraph, the copy renders as\n%s\nwant\n%s", got.String(), w)
	}
	if len(div.FirstChild.Attr) != 1 {
		t.Errorf("the original's attributes became %v", div.FirstChild.Attr)
	}
}

// TestConvertersNotShared: calls under way at once each hold a converter of
// their own, and a converter given back serves the next call.
func TestConvertersNotShared(t *testing.T) {
	for kind := range convKinds {
		a, b := takeConverter(kind), takeConverter(kind)
		if a == b {
			t.Fatal("two calls at once got the same converter")
		}
		giveConverter(a, kind)
		c := takeConverter(kind)
		if c != a {
			t.Error("the converter given back was not reused")
		}
		giveConverter(b, kind)
		giveConverter(c, kind)
	}
}

// TestConvertConcurrent: pages converted at once render as they do one
// after the other.
func TestConvertConcurrent(t *testing.T) {
	srcs := []string{
		`<div><h2>Costs</h2><p>The *bridge* costs <a href="/b">4_000 euros</a>.</p></div>`,
		`<div><ul><li>one</li><li>two <code>x</code></li></ul><blockquote><p>A quote.</p></blockquote></div>`,
	}
	want := make([]string, len(srcs))
	for i, s := range srcs {
		want[i] = convert(mustParse(t, s), "https://example.org/")
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(srcs))
	for range 8 {
		for i, s := range srcs {
			n := mustParse(t, s)
			wg.Go(func() {
				if got := convert(n, "https://example.org/"); got != want[i] {
					errs <- got
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent conversion gave %q", got)
	}
}

func TestBlocksListsAndCaptions(t *testing.T) {
	long := strings.Repeat("The grill heats up quickly and cleans easily. ", 10)
	tests := []struct {
		name string
		src  string
		want string // the blocks' Markdown, a blank line apart
	}{
		{"pros and cons as two lists", `<div class="box"><dl><dt>Pros</dt><dd>Low price</dd><dd>Good build</dd></dl><dl><dt>Cons</dt><dd>Hot only in the middle</dd></dl></div>`,
			"Pros\n\n- Low price\n- Good build\n\nCons\n\n- Hot only in the middle"},
		{"definition groups in divs", `<dl><div><dt>Weight</dt><dd>4 kg</dd></div><div><dt>Size</dt><dd>40 cm</dd><dd>or 50 cm</dd></div></dl>`,
			"Weight\n\n- 4 kg\n\nSize\n\n- 40 cm\n- or 50 cm"},
		{"a list in a styled box stays a list", `<div class="pros"><ul><li>Low price</li><li>Good build</li></ul></div>`,
			"- Low price\n- Good build"},
		{"a heading in a caption is a paragraph", `<figure><div class="lazy"></div><figcaption><h3>The grill on the balcony at dusk</h3><p>` + long + `</p></figcaption></figure>`,
			"The grill on the balcony at dusk\n\n" + strings.TrimSpace(long)},
		{"a heading outside a figure stays", `<h3>Verdict</h3><p>Good.</p>`, "Verdict\n\nGood."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.src+"</body></html>")
			var texts []string
			for _, b := range htmlBlocks(root, "", false) {
				texts = append(texts, b.Text)
			}
			if got := strings.Join(texts, "\n\n"); got != tt.want {
				t.Errorf("blocks =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

func TestListifyDefinitionsLeavesRunningText(t *testing.T) {
	long := strings.Repeat("I tried it too and it works well for me. ", 8)
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"short definitions", `<dl><dt>Pros</dt><dd>Low price</dd></dl>`, true},
		{"a long definition", `<dl><dt>Ana, 3 May</dt><dd>` + long + `</dd></dl>`, false},
		{"a definition with paragraphs", `<dl><dt>Ana</dt><dd><p>Nice.</p><p>Thanks.</p></dd></dl>`, false},
		{"no definition", `<dl><dt>Only a term</dt></dl>`, false},
		{"a picture and its caption", `<dl class="caption"><dt><img src="a.jpg"></dt><dd>The pier at dusk</dd></dl>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.src+"</body></html>")
			var dl *html.Node
			for n := range root.Descendants() {
				if n.DataAtom == atom.Dl {
					dl = n
					break
				}
			}
			if got := listifyDefinitions(dl); got != tt.want {
				t.Errorf("listifyDefinitions(%s) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}
