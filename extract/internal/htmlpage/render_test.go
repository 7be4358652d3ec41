package htmlpage

import (
	"strings"
	"testing"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"golang.org/x/net/html"
)

// escapeSamples are blocks of the kinds the converter renders, full of the
// characters its escaping would act on.
var escapeSamples = []string{
	`<p>A *star*, an _under_score_, a #hash, 1. a list? - no, + no. [x](y) ! ~ | $ = ( ) " ' \ ` + "`" + `tick</p>`,
	`<h2># Costs: 4_000 * 3 = 12_000</h2>`,
	`<ul><li>- one</li><li>2. two <b>**bold**</b><ul><li>nested &gt; quote</li></ul></li></ul><ol start="3"><li># three</li></ol>`,
	`<blockquote><p>&gt; quoted *text*</p><p>--- rule?</p></blockquote>`,
	`<p><a href="/a_b(c)?d=[e]" title="t*i_t|le">link *text* [x]</a> <img src="i.png" alt="alt_*text*"></p>`,
	`<pre><code class="language-go">a := b * c // _x_ [y](z)
	if a > b { return }</code></pre>`,
	`<p>Inline <code>*not* _em_</code> and <em>em *in* em</em> and <del>~~gone~~</del>.</p>`,
	`<table><tr><th>a|b</th><th>*h*</th></tr><tr><td>1_000</td><td>x<br>y</td></tr><tr><td>[l](m)</td><td><a href="/q">q|r</a></td></tr></table>`,
	`<p>Line one<br>===<br>---<br>+ item<br>1) item</p>`,
	`<p>Odd&nbsp;spaces&#x2003;and &amp;amp; entities &lt;b&gt; &#42;</p>`,
	"<p>Tabs\tand\nnewlines  and   spaces</p><hr><p>after</p>",
	`<dl><dt>Term_1</dt><dd>*def*</dd></dl><figure><img src="p.jpg" alt="A [pic]"><figcaption>Cap_tion *1*</figcaption></figure>`,
}

// TestEscapeOffRendersTheSame: with its own escaping off, the converter
// writes what it writes with it on, for every tree free of the two
// characters that tell them apart (see newConverter); trees holding
// either are sent to the converter with escaping on.
func TestEscapeOffRendersTheSame(t *testing.T) {
	for _, s := range escapeSamples {
		t.Run(s, func(t *testing.T) {
			checkEscapeOff(t, s)
		})
	}
	tests := []struct {
		name string
		src  string
	}{
		{"a bell in the text", "<p>ring\a*bell*</p>"},
		{"a bell in a link target", "<p><a href=\"/a\a\">x</a></p>"},
		{"a bell in code", "<pre><code>a\a*b</code></pre>"},
		{"a bell in an attribute", "<p><img src=\"a.png\" alt=\"x\a\"></p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body><div>"+tt.src+"</div></body></html>")
			if scanNode(root)&mustEscape == 0 {
				t.Errorf("%q: not sent to the converter with escaping on", tt.src)
			}
		})
	}
	t.Run("a NUL in the text", func(t *testing.T) {
		// The parser drops NULs in a body's text; a tree made otherwise
		// may hold one.
		p := &html.Node{Type: html.ElementNode, Data: "p"}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: "a\x00b"})
		if scanNode(p)&mustEscape == 0 {
			t.Error("not sent to the converter with escaping on")
		}
		if got := convert(p, ""); got != "a\uFFFDb" {
			t.Errorf("converted to %q, want the NUL replaced", got)
		}
	})
}

// checkEscapeOff compares the two converters' Markdown of the page src
// when it holds neither a NUL nor a bell.
func checkEscapeOff(t *testing.T, src string) {
	t.Helper()
	parse := divPage(t, src)
	off, on := parse(), parse()
	if scanNode(off)&mustEscape != 0 {
		return
	}
	want := convertWith(on, "https://example.org/x/", escapingConv)
	if got := convertWith(off, "https://example.org/x/", plainConv); got != want {
		t.Errorf("%q: escaping off gives\n%q\nwant\n%q", src, got, want)
	}
}

// FuzzEscapeOff holds the converter with its escaping off to the one with
// it on, on any page.
func FuzzEscapeOff(f *testing.F) {
	for _, s := range escapeSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkEscapeOff(t, src)
	})
}

// renderMarkPlugin marks the alt text and titles of links and images as
// each node comes up to be rendered: how the converter was told to, before
// markAttrs marked them in the copy.
type renderMarkPlugin struct{}

func (renderMarkPlugin) Name() string { return "test-render-mark" }

func (renderMarkPlugin) Init(conv *converter.Converter) error {
	conv.Register.Renderer(func(_ converter.Context, _ converter.Writer, n *html.Node) converter.RenderStatus {
		if n.Type == html.ElementNode && (n.Data == "a" || n.Data == "img") {
			markAttrs(n)
		}
		return converter.RenderTryNext
	}, converter.PriorityEarly)
	return nil
}

// TestAttrsMarkedInCopy: alt texts and titles marked in the copy give the
// Markdown they gave marked by a renderer.
func TestAttrsMarkedInCopy(t *testing.T) {
	for _, s := range append(escapeSamples,
		`<p><a href="/a" title="A &quot;quoted&quot; *title*">x</a><a href="/b" title="">y</a></p>`,
		`<p><img src="a.png" alt="alt &amp;amp;lt; [b]" title="t_i"><img alt="no source"></p>`,
		`<table><tr><td><a href="/c" title="cell|title">c<br>d</a></td><td><img src="i.png" alt="a|b"></td></tr></table>`,
		`<ul><li><a href="/l" title="line`+"\n"+`break">item</a></li></ul>`,
	) {
		t.Run(s, func(t *testing.T) {
			checkAttrsMarked(t, s)
		})
	}
}

func checkAttrsMarked(t *testing.T, src string) {
	t.Helper()
	parse := func() *html.Node {
		n, err := html.Parse(strings.NewReader("<html><body><div>" + src + "</div></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		return bodyOf(n)
	}
	before, after := parse(), parse()
	markBrokenTables(before)
	c := newConverter(escapingConv, renderMarkPlugin{})
	out, err := c.ConvertNode(before, converter.WithDomain("https://example.org/x/"))
	if err != nil {
		t.Fatal(err)
	}
	want := string(out)
	prepareCopy(after)
	if got := convertWith(after, "https://example.org/x/", escapingConv); got != want {
		t.Errorf("%q: marked in the copy gives\n%q\nwant\n%q", src, got, want)
	}
}

// FuzzAttrsMarkedInCopy holds marking in the copy to marking by a renderer.
func FuzzAttrsMarkedInCopy(f *testing.F) {
	for _, s := range escapeSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkAttrsMarked(t, src)
	})
}

// TestSurvey: one walk counts what a copy takes, as treeSize does, and
// finds the block break and the characters that need the escaping
// converter.
func TestSurvey(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want scanned
	}{
		{"plain blocks", `<p>One <a href="/a" title="t">link</a>.</p><ul><li>two</li></ul>`, 0},
		{"a break in the text", "<p>a" + blockBreak + "b</p>", holdsBreak},
		{"a break in an attribute", `<p><img src="a.png" alt="x` + blockBreak + `"></p>`, holdsBreak},
		{"a bell", "<p>ring\a</p>", mustEscape},
		{"both", "<p>ring\a</p><p>" + blockBreak + "</p>", holdsBreak | mustEscape},
		{"a table", "<table><tr><td>1</td></tr></table>", needsPlugins},
		{"struck text", "<p>was <s>4</s> 3</p>", needsPlugins},
		{"deleted text", "<p>was <del>4</del> 3</p>", needsPlugins},
		{"a strike element", "<p>was <strike>4</strike> 3</p>", needsPlugins},
		{"inserted text", "<p>now <ins>3</ins></p>", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := bodyOf(mustParse(t, "<html><body><div>"+tt.src+"</div></body></html>"))
			nodes, attrs, seen := blockSource{node: body}.survey()
			wn, wa := treeSize(body)
			if nodes != wn || attrs != wa || seen != tt.want {
				t.Errorf("survey = %d nodes, %d attributes, %b; want %d, %d, %b", nodes, attrs, seen, wn, wa, tt.want)
			}
			var inline []*html.Node
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				inline = append(inline, c)
			}
			if n, _, s := (blockSource{inline: inline}).survey(); n != wn || s != tt.want {
				t.Errorf("survey of the inline nodes = %d nodes, %b; want %d (the paragraph for the body), %b", n, s, wn, tt.want)
			}
		})
	}
}
