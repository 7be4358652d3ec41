package htmlpage

import "testing"

// TestInlineMarkdownListEnds: lists in list items, quotes and divisions,
// wherever they stand, are written as the converter writes them, with its
// list-end mark where the next list follows with no text or item between;
// and so are headings and quotes in them, and word breaks.
func TestInlineMarkdownListEnds(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string // "" when only the converter's output is compared
	}{
		{"nested list before a paragraph", "<ul><li>a<ul><li>b</li></ul><p>c</p></li></ul>", "- a\n  \n  - b\n  \n  c"},
		{"nested list before text in a link", `<ul><li>a<ol><li>b</li></ol> <a href="/x">c</a></li></ul>`, ""},
		{"nested list before a division of text", "<ol><li><ul><li>b</li></ul>\n<div><span>c</span></div></li></ol>", ""},
		{"nested list before an empty paragraph", "<ul><li><ul><li>b</li></ul><p> </p></li></ul>", "- - b"},
		{"nested lists side by side, spaced", "<ul><li><ul><li>a</li></ul>\n <ul><li>b</li></ul></li></ul>", "- - a\n  \n  <!--THE END-->\n  \n  - b"},
		{"nested lists with an empty paragraph between", "<ul><li><ul><li>a</li></ul><p> </p><ol><li>b</li></ol></li></ul>", ""},
		{"nested lists with a kept space between", "<ul><li><ul><li>a</li></ul><b>x</b> <i> </i><ol><li>b</li></ol></li></ul>", ""},
		{"nested lists with code between", "<ul><li><ul><li>a</li></ul><code>x</code><ol><li>b</li></ol></li></ul>", ""},
		{"nested list before a division holding a list", "<ul><li><ul><li>a</li></ul><div><ul><li>b</li></ul></div>c</li></ul>", ""},
		{"nested list before a division of text and a list", "<ul><li><ul><li>a</li></ul><div>x<ul><li>b</li></ul></div></li></ul>", ""},
		{"list last in a division last in an item", "<ul><li>a<div>b<ol><li>c</li></ol></div></li><li>d</li></ul>", ""},
		{"list in a division before text", "<ul><li><div><ul><li>a</li></ul></div> tail</li></ul>", ""},
		{"list in a division before a list", "<ul><li><div><ul><li>a</li></ul></div><ul><li>b</li></ul></li></ul>", ""},
		{"list in a division in a division", "<ul><li><div><div><ul><li>a</li></ul></div></div></li></ul>", ""},
		{"list in a division before a comment and a list", "<ul><li><div><ul><li>a</li></ul></div><!-- c --><ol><li>b</li></ol></li></ul>", ""},
		{"lists three deep before a list", "<ol><li>a<ul><li>b<ul><li>c</li></ul></li></ul><ul><li>d</li></ul></li><li><ul></ul><ol><li>e</li></ol></li></ol>", ""},
		{"list in a quote before a paragraph", "<blockquote><ol><li>a</li></ol><p>b <em>c</em></p></blockquote>", ""},
		{"list in a division of a quote", "<blockquote><div><ul><li>a</li></ul></div></blockquote>", ""},
		{"lists in a quote side by side", "<blockquote><ul><li>a</li></ul><ol><li>b</li></ol></blockquote>", "> - a\n> \n> <!--THE END-->\n> \n> 1. b"},
		{"list before a script and text", "<ul><li><ul><li>a</li></ul><script>x</script><b>t</b></li></ul>", ""},
		{"heading in a division of an item", "<ul><li><div><h4><a href=\"/c\">Title</a> <span> (<a href=\"#\">x</a>, y)</span></h4></div><p>body</p></li></ul>", ""},
		{"heading across lines in an item", "<ol><li>a<h2> b <br> c  <em>d</em>\n</h2>e</li></ol>", ""},
		{"blank heading in an item", "<ul><li><h3> <span> </span></h3>a</li></ul>", "- a"},
		{"heading ending in a mark", "<ul><li><h3>a #</h3></li></ul>", ""},
		{"quote in an item", "<ul><li>a<blockquote><p>b</p><p>c <i>d</i></p></blockquote>e</li></ul>", "- a\n  \n  > b\n  > \n  > c *d*\n  \n  e"},
		{"blank quote in an item", "<ul><li><blockquote> </blockquote>a</li></ul>", "- a"},
		{"quote holding a list in a quote", "<blockquote><blockquote><ul><li>a</li></ul></blockquote><ul><li>b</li></ul></blockquote>", ""},
		{"word breaks", "<ul><li>long<wbr>word <wbr> spaced<wbr> <b>x</b><wbr></li></ul>", ""},
		{"no-break element", "<p>a <nobr>b c</nobr> d</p>", "a b c d"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkInline(t, parsedBlock(t, tt.src), plainDomain, false)
			got, ok := checkInline(t, parsedBlock(t, tt.src), plainDomain, true)
			if !ok {
				t.Fatalf("%q: inlineMarkdown leaves it to the converter", tt.src)
			}
			if tt.want != "" && got != tt.want {
				t.Errorf("%q: inlineMarkdown gives %q, want %q", tt.src, got, tt.want)
			}
		})
	}
}

// TestInlineMarkdownListEndsRefused: white space alone in inline code
// after a list may stay or go, and with it the converter's mark: left to
// the converter.
func TestInlineMarkdownListEndsRefused(t *testing.T) {
	tests := []struct{ name, src string }{
		{"a space in code between nested lists", "<ul><li><ul><li>a</li></ul><code> </code><ol><li>b</li></ol></li></ul>"},
		{"a no-break space in code after a list", "<blockquote><ul><li>a</li></ul><code>\u00a0</code></blockquote>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok := parsedBlock(t, tt.src).inlineMarkdown(linkBase(plainDomain), true); ok {
				t.Errorf("%q: inlineMarkdown takes it", tt.src)
			}
		})
	}
}
