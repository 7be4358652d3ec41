package htmlpage

import (
	"strconv"
	"testing"

	"golang.org/x/net/html"
)

const plainDomain = "https://example.org/a/"

// textBlock returns a block of the given level (0 a paragraph, 1-6 a
// heading, 7 the inline nodes of a run) holding one text node for each
// of texts.
func textBlock(level int, texts ...string) blockSource {
	var nodes []*html.Node
	for _, s := range texts {
		nodes = append(nodes, &html.Node{Type: html.TextNode, Data: s})
	}
	if level == 7 {
		return blockSource{inline: nodes}
	}
	name := "p"
	if level > 0 {
		name = "h" + strconv.Itoa(level)
	}
	el := &html.Node{Type: html.ElementNode, Data: name}
	for _, n := range nodes {
		el.AppendChild(n)
	}
	return blockSource{node: el}
}

// parsedBlock returns the first element of a page's body made of src.
func parsedBlock(t *testing.T, src string) blockSource {
	t.Helper()
	body := bodyOf(mustParse(t, "<html><body>"+src+"</body></html>"))
	setAtoms(body)
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return blockSource{node: c}
		}
	}
	t.Fatalf("%q: no element", src)
	return blockSource{}
}

// checkPlain compares plainMarkdown with the converter on src, when
// plainMarkdown takes it; it returns plainMarkdown's answer.
func checkPlain(t *testing.T, src blockSource) (string, bool) {
	t.Helper()
	got, ok := src.plainMarkdown()
	if ok {
		if want := renderMarkdown(src, plainDomain, true); got != want {
			t.Errorf("plainMarkdown gives\n%q\nthe converter\n%q", got, want)
		}
	}
	return got, ok
}

// TestPlainMarkdown: paragraphs and headings of text alone are written as
// the converter writes them; any other block is left to it.
func TestPlainMarkdown(t *testing.T) {
	tests := []struct {
		name string
		src  string // a page's body, its first element the block
		want string // "" when only the converter's output is compared
		ok   bool
	}{
		{"plain paragraph", "<p>A plain sentence.</p>", "A plain sentence\U000F002E", true},
		{"white space runs", "<p>\n\t  One \t\n two\r\n\r\nthree  \n</p>", "One two three", true},
		{"only white space", "<p> \n\t </p>", "", true},
		{"empty paragraph", "<p></p>", "", true},
		{"empty heading", "<h2></h2>", "", true},
		{"heading of spaces", "<h3> &#32; &nbsp; </h3>", "", true},
		{"no-break spaces inside and at the ends", "<p>&nbsp;a&nbsp;&nbsp;b&nbsp; </p>", "", true},
		{"Unicode spaces", "<p>\u2003em\u2002en\u2009thin\u202Fnarrow\u3000ideo\u205Fmath\u2028line\u0085next</p>", "", true},
		{"Unicode spaces at the ends", "<h2>\u2003\u00A0Title\u3000\u2009</h2>", "## Title", true},
		{"form feed and vertical tab", "<p>a\fb\vc\f</p>", "", true},
		{"zero-width spaces", "<p>\u200Bzero\u200Bwidth\uFEFF \u2060</p>", "zerowidth", true},
		{"Markdown-special characters", "<p>*star* _under_ `tick` [link](x) &lt;b&gt; \\ | ~ ! $ = + ' \"</p>", "", true},
		{"leading hash", "<p># not a heading</p>", "", true},
		{"leading number and dot", "<p>1. not a list</p>", "", true},
		{"leading dash", "<p>- not a list</p>", "", true},
		{"leading quote mark", "<p>&gt; not a quote</p>", "", true},
		{"trailing hash in a heading", "<h2>Issue #</h2>", "", true},
		{"hashes around a heading", "<h1>## Title ##</h1>", "", true},
		{"rule-like line", "<p>---</p>", "", true},
		{"heading 1", "<h1>Level one</h1>", "# Level one", true},
		{"heading 2", "<h2>Level two</h2>", "## Level two", true},
		{"heading 3", "<h3>Level three</h3>", "### Level three", true},
		{"heading 4", "<h4>Level four</h4>", "#### Level four", true},
		{"heading 5", "<h5>Level five</h5>", "##### Level five", true},
		{"heading 6", "<h6>Level six</h6>", "###### Level six", true},
		{"heading with line breaks", "<h2>Two\nlines\r\nhere</h2>", "## Two lines here", true},
		{"entities decoded by the parser", "<p>Fish &amp; chips &lt;now&gt; &copy; &eacute;t&eacute;</p>", "", true},
		{"entities left in the text", "<p>&amp;amp; &amp;lt;b&amp;gt; &amp;#42; &amp;nbsp;</p>", "", true},
		{"space entities in a heading", "<h2>a&amp;#32;&amp;#32;&amp;#32;b&amp;#9;&amp;#9;c</h2>", "", true},
		{"space entities in a paragraph", "<p>a&amp;#32;&amp;#32;b&amp;#10;&amp;#13;c</p>", "", true},
		{"invalid UTF-8", "<p>a\xffb\xc3</p>", "", true},
		{"private-use characters", "<p>a\U000F0021b \uF000</p>", "", true},
		{"block break character", "<p>a\uFDD0b</p>", "", true},
		{"a bell goes to the converter", "<p>ring\a*bell*</p>", "", false},
		{"code newline mark goes to the converter", "<p>a\uF002b</p>", "", false},
		{"emphasis inside", "<p>An <em>emphasised</em> word</p>", "", false},
		{"link inside", "<h2><a href=\"/x\">Linked</a></h2>", "", false},
		{"line break inside", "<p>a<br>b</p>", "", false},
		{"comment inside", "<p>a<!-- c -->b</p>", "", false},
		{"list", "<ul><li>item</li></ul>", "", false},
		{"quote", "<blockquote>quoted</blockquote>", "", false},
		{"division of text", "<div>text</div>", "", false},
		{"preformatted text", "<pre>  code\n  more</pre>", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := checkPlain(t, parsedBlock(t, tt.src))
			if ok != tt.ok {
				t.Fatalf("%q: plainMarkdown takes it: %v, want %v", tt.src, ok, tt.ok)
			}
			if ok && tt.want != "" && got != tt.want {
				t.Errorf("%q: plainMarkdown gives %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// TestPlainMarkdownNodes: blocks that the parser does not make but the
// cleaning passes may leave: several text nodes side by side, an entity
// cut between two of them, a NUL, a run of inline text nodes.
func TestPlainMarkdownNodes(t *testing.T) {
	tests := []struct {
		name  string
		level int
		texts []string
		ok    bool
	}{
		{"two text nodes", 0, []string{"one ", " two"}, true},
		{"space between text nodes", 2, []string{"one\n", "\ttwo  ", "  "}, true},
		{"entity cut between text nodes", 0, []string{"fish &am", "p; chips"}, true},
		{"empty text nodes", 3, []string{"", "a", ""}, true},
		{"inline text nodes", 7, []string{" lead ", "*in* ", "\nline"}, true},
		{"one inline text node", 7, []string{"# hash"}, true},
		{"a NUL", 0, []string{"a\x00b"}, false},
		{"a NUL in an inline run", 7, []string{"a", "\x00"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := checkPlain(t, textBlock(tt.level, tt.texts...)); ok != tt.ok {
				t.Errorf("%q: plainMarkdown takes it: %v, want %v", tt.texts, ok, tt.ok)
			}
		})
	}
	t.Run("an element among inline nodes", func(t *testing.T) {
		src := textBlock(7, "a ", "b")
		src.inline = append(src.inline, &html.Node{Type: html.ElementNode, Data: "em"})
		if _, ok := src.plainMarkdown(); ok {
			t.Error("taken; want it left to the converter")
		}
	})
}

// FuzzPlainMarkdown holds plainMarkdown to the converter on paragraphs,
// headings and inline runs of up to three text nodes of any text: it must
// take every one free of the characters it leaves to the converter, and
// write what the converter writes.
func FuzzPlainMarkdown(f *testing.F) {
	f.Add(uint8(0), "A plain sentence.", "", "")
	f.Add(uint8(2), "\u00A0# Title #\u2003", " ", "&#32;&#32;x")
	f.Add(uint8(1), "a\t\n", "\r\nb", "&amp;")
	f.Add(uint8(7), "1. ", "- ", "> quote")
	f.Add(uint8(5), "\u200B", "\f", "\xff")
	f.Fuzz(func(t *testing.T, level uint8, a, b, c string) {
		texts := []string{a}
		for _, s := range []string{b, c} {
			if s != "" {
				texts = append(texts, s)
			}
		}
		_, ok := checkPlain(t, textBlock(int(level%8), texts...))
		if want := plainSafe(a + b + c); ok != want {
			t.Errorf("%q: taken %v, want %v", texts, ok, want)
		}
	})
}

// TestPlainMarkdownCorpus writes every block of a spread of the shared
// corpora's pages (when they are there), split as the classifier's
// candidates are, with plainMarkdown and with the converter: each block
// plainMarkdown takes must come out the same.
func TestPlainMarkdownCorpus(t *testing.T) {
	plain := 0
	pages, blocks := eachCorpusBlock(t, "PARE_PLAIN_STEP", plainDomain, func(page string, i int, src blockSource) {
		got, ok := src.plainMarkdown()
		if !ok {
			return
		}
		plain++
		if want := renderMarkdown(src, plainDomain, true); got != want {
			t.Errorf("%s, block %d: plainMarkdown gives\n%q\nthe converter\n%q", page, i, got, want)
		}
	})
	if plain == 0 {
		t.Error("no block taken by plainMarkdown")
	}
	t.Logf("%d pages, %d blocks, %d written by plainMarkdown", pages, blocks, plain)
}
