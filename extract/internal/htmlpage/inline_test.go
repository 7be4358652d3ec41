package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkInline compares inlineMarkdown with the converter on src, when
// inlineMarkdown takes it; it returns inlineMarkdown's answer.
func checkInline(t *testing.T, src blockSource, domain string, images bool) (string, bool) {
	t.Helper()
	got, ok := src.inlineMarkdown(linkBase(domain), images)
	if ok {
		if want := renderMarkdown(src, domain, images); got != want {
			t.Errorf("images %v: inlineMarkdown gives\n%q\nthe converter\n%q", images, got, want)
		}
	}
	return got, ok
}

// TestInlineMarkdown: paragraphs, headings and lists of text and the
// common inline elements are written as the converter writes them; the
// shapes the converter rewrites first are left to it.
func TestInlineMarkdown(t *testing.T) {
	tests := []struct {
		name string
		src  string // a page's body, its first element the block
		want string // "" when only the converter's output is compared
		ok   bool
	}{
		{"relative link", `<p>See <a href="/x/y">the page</a> now</p>`, "See [the page](https://example.org/x/y) now", true},
		{"absolute link", `<p><a href="http://other.example/b?q=1">there</a></p>`, "[there](http://other.example/b?q=1)", true},
		{"link with a title", `<p><a href="z" title="A &quot;said&quot; title">z</a></p>`, "", true},
		{"link with a title across lines", "<p><a href=\"z\" title=\"one\ntwo\">z</a></p>", "", true},
		{"link query encoded again", `<p><a href="/s?q=a b&amp;x=%41+c&amp;k&amp;e=&amp;bad=%zz">s</a></p>`, "", true},
		{"link target with brackets and spaces", `<p><a href=" /a (b) [c] <d> ">t</a></p>`, "", true},
		{"link to a fragment", `<p><a href="#">top</a> and <a href="#sec">sec</a></p>`, "", true},
		{"link with an empty target", `<p><a href="">here</a></p>`, "[here](https://example.org/a/)", true},
		{"link without a target", `<p><a name="n">anchor</a> text</p>`, "", true},
		{"data link", `<p><a href="data:text/plain,a b">d</a></p>`, "", true},
		{"link target that is no URL", `<p><a href="http://[::1">bad</a></p>`, "", true},
		{"link of white space", `<p>a<a href="/x"> </a>b</p>`, "", true},
		{"link of no-break spaces", `<p>a <a href="/x">&nbsp;</a> b</p>`, "", true},
		{"empty link", `<p>a <a href="/x"></a> b</p>`, "", true},
		{"link spaces outside the brackets", `<p>a<a href="/x"> in </a>b</p>`, "a [in](https://example.org/x) b", true},
		{"link holding emphasis", `<p><a href="/x">the <em>word</em></a></p>`, "[the *word*](https://example.org/x)", true},
		{"link in a heading", `<h2><a href="/x">Heading</a></h2>`, "## [Heading](https://example.org/x)", true},
		{"emphasis", `<p>An <em>emphasised</em> and <i>italic</i> word</p>`, "An *emphasised* and *italic* word", true},
		{"strong", `<p><strong>Bold</strong> and <b>b</b></p>`, "**Bold** and **b**", true},
		{"emphasis with spaces inside", `<p>a<em> b </em>c</p>`, "a *b* c", true},
		{"emphasis of spaces", `<p>a<em> </em>b<strong>&nbsp;</strong>c</p>`, "", true},
		{"empty emphasis", `<p>a<em></em>b</p>`, "", true},
		{"emphasis in strong", `<p><strong>all <em>of</em> it</strong></p>`, "**all *of* it**", true},
		{"emphasis in emphasis", `<p><em>a <i>b</i></em></p>`, "", false},
		{"emphasis next to emphasis", `<p><em>a</em><strong>b</strong></p>`, "", false},
		{"emphasis next to emphasis after a comment", `<p><em>a</em><!-- c --><em>b</em></p>`, "", false},
		{"emphasis next to a span", `<p><em>a</em><span>b</span></p>`, "*a*b", true},
		{"emphasis next to a span holding emphasis", `<p><em>a</em><span><span><b>b</b></span></span></p>`, "", false},
		{"emphasis next to an empty span", `<p><em>a</em><span></span><em>b</em></p>`, "", false},
		{"code next to a span holding code", `<p><code>a</code><span><code>b</code> c</span></p>`, "", false},
		{"code next to a span of text", `<p><code>a</code><span>b <code>c</code></span></p>`, "", true},
		{"icon before a label in a link", `<ul><li><a href="/f"><i class="icon"></i><span>Favourites</span></a></li></ul>`, "- [Favourites](https://example.org/f)", true},
		{"emphasis apart", `<p><em>a</em> <em>b</em></p>`, "*a* *b*", true},
		{"emphasis holding a link alone", `<p>a<strong> <a href="/x">x</a> </strong>b</p>`, "a [**x**](https://example.org/x) b", true},
		{"italic link with a title", `<p><i><a href="/x" title="t">x <b>y</b></a></i></p>`, "[*x **y***](https://example.org/x \"t\")", true},
		{"strong link without a target", `<p><b><a>x</a></b> y</p>`, "", true},
		{"strong link of white space", `<p>a <b><a href="/x"> </a></b> y</p>`, "", true},
		{"emphasis holding a link and a comment", `<p><em><!-- c --><a href="/x">x</a><!-- d --></em></p>`, "", true},
		{"emphasis holding a link and text", `<p><em>see <a href="/x">x</a></em></p>`, "*see [x](https://example.org/x)*", true},
		{"emphasis holding strong holding a link", `<p><em><strong><a href="/x">x</a></strong></em></p>`, "", true},
		{"link in emphasis in a link, as the parser splits them", `<p><a href="/y"><em><a href="/x">x</a></em></a></p>`, "", true},
		{"emphasis holding a link, in a heading", `<h3><strong><a href="/x">Title</a></strong></h3>`, "### [**Title**](https://example.org/x)", true},
		{"emphasis starting with code", `<p><em><code>c</code> d</em></p>`, "", false},
		{"emphasis ending in a span", `<p><em>d <span>s</span></em></p>`, "*d s*", true},
		{"emphasis ending in a span holding code", `<p><em>d <span><code>c</code> s</span></em></p>`, "", false},
		{"emphasis starting with a span holding code", `<p>a <em><span><code>c</code></span> d</em></p>`, "", false},
		{"emphasis ending in an empty span", `<p><em>d <span></span></em> e</p>`, "", false},
		{"code", "<p>Run <code>go  test\t./...</code> now</p>", "", true},
		{"code with backticks", "<p><code>a `b` c</code> and <code>`x``</code></p>", "", true},
		{"code of spaces", "<p>a<code>  </code>b</p>", "a`  `b", true},
		{"code of spaces across lines", "<p>a<code> \n </code>b</p>", "", false},
		{"code keeps spaces around it", "<p>a <code>c</code> b</p>", "a `c` b", true},
		{"empty code", "<p>a<code></code>b</p>", "", false},
		{"code next to code", "<p><code>a</code><code>b</code></p>", "", false},
		{"code holding an element", "<p><code>a<b>b</b></code></p>", "", false},
		{"code with markup characters", "<p><code>&lt;a href=\"#\"&gt; *x* [y](z)</code></p>", "", true},
		{"line break", "<p>one<br>two</p>", "one  \ntwo", true},
		{"line breaks with spaces", "<p>one <br> two <br/>\n three</p>", "one  \ntwo  \nthree", true},
		{"line break at the end", "<p>one<br></p>", "one", true},
		{"line break at the start", "<p><br>one</p>", "one", true},
		{"two line breaks", "<p>one<br><br>two</p>", "one\n\ntwo", true},
		{"three line breaks", "<p>one<br><br><br>two</p>", "", true},
		{"line breaks in a heading", "<h3>one<br>two</h3>", "### one two", true},
		{"line break in emphasis", "<p><em>a<br>b</em></p>", "*a*  \n*b*", true},
		{"line breaks in strong", "<p><strong>2010<br>\n</strong>text <b>a <br> <br> b<br></b>c</p>", "", true},
		{"line break in a link", "<p><a href=\"/x\">a<br>b</a></p>", "[a  \nb](https://example.org/x)", true},
		{"line breaks in a link", "<p><a href=\"/x\"><br>a<br><br><br>b <br> c<br></a> d</p>", "", true},
		{"line break in a link in emphasis", "<p><em>x <a href=\"/x\">a<br>b</a></em></p>", "", true},
		{"line break in emphasis in a heading", "<h2><em>a<br>b</em> c</h2>", "## *a* *b* c", true},
		{"line break in emphasis in a list item", "<ul><li><b>a<br>b</b></li></ul>", "", true},
		{"script and input in a paragraph", "<p>a <script>x()</script>b<input value=\"v\"> <em>c</em><noscript>n</noscript></p>", "", true},
		{"spans and the like", "<p><span>a</span> <sup>2</sup> <abbr title=\"t\">ab</abbr> <small>s</small> <time>t</time></p>", "", true},
		{"comment between texts", "<p>a <!-- c --> b</p>", "a b", true},
		{"entities and markup characters", "<p>*a* _b_ &amp; &lt;c&gt; <em>#d</em> 1. e</p>", "", true},
		{"Unicode spaces at the edges", "<p>\u00A0<em>\u2003a\u00A0</em>\u3000</p>", "", true},
		{"zero-width text in a link", "<p>a <a href=\"/x\">\u200B</a> b</p>", "", true},
		{"heading of spaces in an element", "<h2><span> &nbsp; </span></h2>", "", true},
		{"heading ending in a hash", "<h2><em>a</em> #</h2>", "", true},
		{"image", `<p>a <img src="/i.png" alt="i"> b</p>`, "", false},
		{"struck text", "<p>a <del>b</del></p>", "", false},
		{"keyboard input", "<p><kbd>Ctrl</kbd></p>", "", false},
		{"block inside", "<h2>a <span><div>b</div></span></h2>", "", false},
		{"bell in an attribute", "<p><a href=\"/x\" title=\"a\a\">x</a></p>", "", false},
		{"code newline mark", "<p><em>a</em> b\uF002c</p>", "", false},
		{"list", "<ul>\n <li>one</li>\n <li><a href=\"/x\">two</a></li>\n</ul>", "- one\n- [two](https://example.org/x)", true},
		{"numbered list", "<ol><li>a</li><li><em>b</em></li></ol>", "1. a\n2. *b*", true},
		{"numbered list from nine", "<ol start=\"9\"><li>a</li><li>b</li></ol>", "09. a\n10. b", true},
		{"numbered list from a bad start", "<ol start=\"x\"><li>a</li><li>b</li></ol>", "1. a\n2. b", true},
		{"numbered list from below zero", "<ol start=\"-2\"><li>a</li><li>b</li><li>c</li><li>d</li></ol>", "", true},
		{"list with empty items", "<ul><li> </li><li>a</li><li></li></ul>", "- a", true},
		{"list of empty items", "<ul><li> </li><li></li></ul>", "", true},
		{"list item with line breaks", "<ol><li>a<br>b</li><li>c<br><br>d</li></ol>", "", true},
		{"list item with spaces", "<ul><li> a <em> b </em> </li> <li> c </li></ul>", "- a *b*\n- c", true},
		{"nested list", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>", "- a\n  \n  - b\n- c", true},
		{"nested numbered list", "<ol><li>a <ol start=\"3\"><li>b<br>c</li><li>d</li></ol> </li></ol>", "", true},
		{"nested list before text", "<ul><li>a<ul><li>b</li></ul> c</li></ul>", "", true},
		{"nested list before an element", "<ul><li>a<ul><li>b</li></ul><em>c</em></li></ul>", "- a\n  \n  - b\n  \n  *c*", true},
		{"nested lists side by side", "<ul><li><ul><li>a</li></ul> <ul><li>b</li></ul></li></ul>", "- - a\n  \n  <!--THE END-->\n  \n  - b", true},
		{"empty nested list", "<ul><li>a<ul> </ul></li></ul>", "- a", true},
		{"paragraph in a list item", "<ul><li><p>a</p></li></ul>", "- a", true},
		{"paragraphs in a list item", "<ol><li>lead <p>one <em>x</em></p>\n<p>two</p> tail</li><li><p></p></li></ol>", "", true},
		{"division in a list item", "<ul><li><div>a <div>b</div><p>c</p></div></li></ul>", "", true},
		{"list in a division in a list item", "<ul><li><div><ul><li>a</li></ul></div></li></ul>", "- - a", true},
		{"heading in a list item", "<ul><li><h3>a</h3></li></ul>", "- ### a", true},
		{"paragraph in emphasis in a list item", "<ul><li><em>a<p>b</p></em></li></ul>", "", false},
		{"text in a list", "<ul>stray<li>a</li></ul>", "", false},
		{"quote", "<blockquote>a <em>b</em></blockquote>", "> a *b*", true},
		{"quote of paragraphs", "<blockquote>\n<p>one<br>two</p>\n<p>three</p>\n</blockquote>", "> one  \n> two\n> \n> three", true},
		{"quote of white space", "<blockquote> <p> </p> </blockquote>", "", true},
		{"quote ending in a list", "<blockquote><p>a</p><ul><li>b</li></ul></blockquote>", "", true},
		{"quote with a list inside", "<blockquote><ul><li>b</li></ul><p>a</p></blockquote>", "", true},
		{"quote in a quote", "<blockquote><blockquote>a</blockquote></blockquote>", "> > a", true},
		{"quote with a citation", "<blockquote><p>a</p><cite>b</cite></blockquote>", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkInline(t, parsedBlock(t, tt.src), plainDomain, false)
			got, ok := checkInline(t, parsedBlock(t, tt.src), plainDomain, true)
			if ok != tt.ok {
				t.Fatalf("%q: inlineMarkdown takes it: %v, want %v", tt.src, ok, tt.ok)
			}
			if ok && tt.want != "" && got != tt.want {
				t.Errorf("%q: inlineMarkdown gives %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// TestInlineMarkdownRuns: runs of inline nodes, rendered as a paragraph
// of their own, and pages without a URL or with one that is a host name.
func TestInlineMarkdownRuns(t *testing.T) {
	tests := []struct {
		name   string
		src    string // a div's content: its nodes are the run
		domain string
		want   string
	}{
		{"text and a link", `Read <a href="/more">more</a> here`, plainDomain, "Read [more](https://example.org/more) here"},
		{"emphasis at the ends", `<em>a</em> b <strong>c</strong>`, plainDomain, "*a* b **c**"},
		{"line break", "a<br>\nb", plainDomain, "a  \nb"},
		{"no page URL", `<a href="/more">more</a>`, "", "[more](/more)"},
		{"page URL without a scheme", `<a href="more">more</a>`, "example.org/a/", "[more](http://example.org/a/more)"},
		{"empty target without a page URL", `<a href="">more</a>`, "", "more"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := divPage(t, tt.src)()
			var nodes []*html.Node
			for c := body.FirstChild.FirstChild; c != nil; c = c.NextSibling {
				nodes = append(nodes, c)
			}
			got, ok := checkInline(t, blockSource{inline: nodes}, tt.domain, true)
			if !ok || got != tt.want {
				t.Errorf("%q: inlineMarkdown gives %q, %v; want %q", tt.src, got, ok, tt.want)
			}
		})
	}
}

// TestInlineMarkdownImages: without images, the converter is given the
// block without them, which can change what it merges and folds.
func TestInlineMarkdownImages(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		images bool
		want   string
		ok     bool
	}{
		{"image kept", `<p>a <img src="/i.png"> b</p>`, true, "", false},
		{"image dropped", `<p>a <img src="/i.png"> b</p>`, false, "a b", true},
		{"picture dropped between texts", `<p>a<picture><img src="/i.png"></picture>b</p>`, false, "ab", true},
		{"image dropped between emphases", `<p><em>a</em><img src="/i.png"><em>b</em></p>`, false, "", false},
		{"image dropped beside a link in emphasis", `<p><b><a href="/x">x</a><img src="/i.png"></b></p>`, false, "[**x**](https://example.org/x)", true},
		{"image kept beside a link in emphasis", `<p><b><a href="/x">x</a><img src="/i.png"></b></p>`, true, "", false},
		{"image dropped in a list item", `<ul><li><img src="/i.png"> a</li></ul>`, false, "- a", true},
		{"image alone", `<p><img src="/i.png" alt="x"></p>`, false, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := checkInline(t, parsedBlock(t, tt.src), plainDomain, tt.images)
			if ok != tt.ok || ok && got != tt.want {
				t.Errorf("%q: inlineMarkdown gives %q, %v; want %q, %v", tt.src, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// FuzzInlineMarkdown holds inlineMarkdown to the converter on blocks
// parsed from any markup, as a paragraph, a heading, a list item, a
// numbered list, a quote or a division in a list item and what follows
// it: what it takes must come out as the converter writes it.
func FuzzInlineMarkdown(f *testing.F) {
	f.Add(uint8(0), `See <a href="/x?a=1&b=c d" title="t">the <em>page</em></a>, <b> b </b>`)
	f.Add(uint8(1), "one <br> two<code> `c` </code><span>s</span>")
	f.Add(uint8(2), "<em>a</em><!-- c --> <i>b</i> <strong><a href=''>x</a></strong>")
	f.Add(uint8(3), "a</li><li> <sup>2</sup> &amp; *b*</li><li>")
	f.Add(uint8(4), "x<br><br><br>y &#32;&#32; <a href=\"#\"> </a>\u00A0")
	f.Add(uint8(8), "<em>a</em><span><span><b>b</b></span></span> <i><span></span>c<span><code>d</code></span></i>")
	f.Add(uint8(5), "<p>q <em>a</em></p><ul><li>b<ol><li>c</li></ol></li></ul>")
	f.Add(uint8(0), "<b>a<br> <br>b</b><a href=x><br>c<br><br><br>d <br></a><script>s</script>")
	f.Add(uint8(3), "a<ul><li>b</li></ul><p>c</p><ol><li>d</li></ol> e")
	f.Add(uint8(6), "<ul><li>a</li></ul> <div><p></p><ul><li>b</li></ul></div>")
	f.Add(uint8(5), "<div><ol><li>a</li></ol></div><span> </span><ul><li>b</li></ul>")
	f.Add(uint8(6), "<h3>a <b>b</b><wbr> c</h3><blockquote><h2>q</h2><ol><li>r</li></ol></blockquote>")
	f.Add(uint8(5), "<blockquote>x<wbr> <nobr>y</nobr></blockquote><h4> #</h4>")
	f.Fuzz(func(t *testing.T, shape uint8, src string) {
		var page string
		switch shape % 7 {
		case 6:
			page = "<ul><li><div>" + src + "</div> " + src + "</li></ul>"
		case 0:
			page = "<p>" + src + "</p>"
		case 1:
			page = "<h2>" + src + "</h2>"
		case 2:
			page = "<div>" + src + "</div>"
		case 3:
			page = "<ul><li>" + src + "</li></ul>"
		case 4:
			page = "<ol start=\"8\"><li>" + src + "</li><li>" + strings.ToUpper(src) + "</li></ol>"
		default:
			page = "<blockquote>" + src + "</blockquote>"
		}
		root, err := html.Parse(strings.NewReader("<html><body>" + page + "</body></html>"))
		if err != nil {
			return
		}
		body := bodyOf(root)
		setAtoms(body)
		first := body.FirstChild
		if first == nil || first.Type != html.ElementNode {
			return
		}
		src0 := blockSource{node: first}
		if first.Data == "div" {
			var nodes []*html.Node
			for c := first.FirstChild; c != nil; c = c.NextSibling {
				nodes = append(nodes, c)
			}
			src0 = blockSource{inline: nodes}
		}
		checkInline(t, src0, plainDomain, shape&8 != 0)
	})
}

// TestInlineMarkdownCorpus writes every block of a spread of the shared
// corpora's pages (when they are there), split as the classifier's
// candidates are, with inlineMarkdown and with the converter: each block
// inlineMarkdown takes must come out the same.
func TestInlineMarkdownCorpus(t *testing.T) {
	taken, plain := [2]int{}, 0
	base := linkBase(plainDomain)
	var r inlineReader // one for all blocks, as renderRun has one for a run
	pages, blocks := eachCorpusBlock(t, "PARE_INLINE_STEP", plainDomain, func(page string, i int, src blockSource) {
		if _, ok := src.plainMarkdown(); ok {
			plain++
			return
		}
		for k, images := range []bool{true, false} {
			got, ok := r.markdown(src, base, images)
			if !ok {
				continue
			}
			taken[k]++
			if want := renderMarkdown(src, plainDomain, images); got != want {
				t.Errorf("%s, block %d, images %v: inlineMarkdown gives\n%q\nthe converter\n%q", page, i, images, got, want)
			}
		}
	})
	if taken[0] == 0 || taken[1] == 0 {
		t.Error("no block taken by inlineMarkdown")
	}
	t.Logf("%d pages, %d blocks, %d written by plainMarkdown, %d more by inlineMarkdown (%d without images)",
		pages, blocks, plain, taken[0], taken[1])
}

// slowNewlineRuns is trimNewlineRuns without its quick refusal, written
// as plainly as the rule reads: each break past the second of a run drops
// with the spaces before it.
func slowNewlineRuns(s string) string {
	var out, held strings.Builder
	breaks := 0
	for _, c := range []byte(s) {
		switch c {
		case '\n':
			if breaks++; breaks <= 2 {
				out.WriteString(held.String())
				out.WriteByte('\n')
			}
			held.Reset()
		case ' ':
			held.WriteByte(' ')
		default:
			out.WriteString(held.String())
			out.WriteByte(c)
			held.Reset()
			breaks = 0
		}
	}
	out.WriteString(held.String())
	return out.String()
}

// FuzzTrimNewlineRuns holds trimNewlineRuns to slowNewlineRuns.
func FuzzTrimNewlineRuns(f *testing.F) {
	for _, s := range []string{"a\n\n\nb", "a  \n \n  \n  b", "\n\n\n", "a\nb\nc\nd", " \n\t\n\n\n x ", "a  \n\n  \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimNewlineRuns(s), slowNewlineRuns(s); got != want {
			t.Errorf("%q: got %q, want %q", s, got, want)
		}
	})
}

// TestInlineMarkdownBuilt: trees the parser does not make but cleaning
// passes may leave, such as a link inside a link (the converter unwraps
// the inner one): left to the converter.
func TestInlineMarkdownBuilt(t *testing.T) {
	el := func(name string, kids ...*html.Node) *html.Node {
		n := &html.Node{Type: html.ElementNode, Data: name}
		if name == "a" {
			n.Attr = []html.Attribute{{Key: "href", Val: "/" + name}}
		}
		for _, k := range kids {
			n.AppendChild(k)
		}
		return n
	}
	text := func(s string) *html.Node { return &html.Node{Type: html.TextNode, Data: s} }
	tests := []struct {
		name string
		root *html.Node
		ok   bool
	}{
		{"link in a link", el("p", el("a", text("a "), el("a", text("b")))), false},
		{"link in emphasis in a link", el("p", el("a", el("em", el("a", text("b"))))), false},
		{"emphasis of a link in a link", el("p", el("a", el("b", text(" "), el("a", text("b"))))), false},
		{"two text nodes in a link", el("p", el("a", text("a "), text(" b"))), true},
		{"empty text nodes in emphasis", el("p", text("x"), el("em", text(""), text("")), text("y")), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := checkInline(t, blockSource{node: tt.root}, plainDomain, true); ok != tt.ok {
				t.Errorf("taken: %v, want %v", ok, tt.ok)
			}
		})
	}
}
