package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"

	"github.com/pare-dev/pare/clean"
)

// markdownRenderers are the CommonMark renderers the output is checked
// with: goldmark as it comes (raw HTML omitted) and with raw HTML allowed,
// both with the GFM tables, strikethrough and task lists pare's output may
// use.
func markdownRenderers() map[string]goldmark.Markdown {
	ext := goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList)
	return map[string]goldmark.Markdown{
		"default": goldmark.New(ext),
		"unsafe":  goldmark.New(ext, goldmark.WithRendererOptions(gmhtml.WithUnsafe())),
	}
}

// unsafeRenderer renders raw HTML as it is, so that any raw HTML shows.
var unsafeRenderer = markdownRenderers()["unsafe"]

func gmRender(t testing.TB, md goldmark.Markdown, src string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	return buf.String()
}

// renderedText returns the text a reader sees of rendered HTML: its text
// nodes and the alt text of its images, white space folded.
func renderedText(t testing.TB, rendered string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(rendered))
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for n := range root.Descendants() {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "img":
			sb.WriteString(attr(n, "alt"))
		case n.Type == html.ElementNode && (n.Data == "p" || n.Data == "li" || n.Data == "td" || n.Data == "th" || n.Data == "br"):
			sb.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

func TestMarkdownText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Ein ganz normaler Satz.", "Ein ganz normaler Satz."},
		{"heading mark", "# not a heading", `\# not a heading`},
		{"hashtag", "#hashtag at the start", "#hashtag at the start"},
		{"quote mark", "> not a quote", `\> not a quote`},
		{"bullet", "- not a list", `\- not a list`},
		{"star bullet", "* not a list", `\* not a list`},
		{"ordered", "1. not a list", `1\. not a list`},
		{"ordered paren", "12) not a list", `12\) not a list`},
		{"year is text", "2019 war ein gutes Jahr.", "2019 war ein gutes Jahr."},
		{"hyphenated word", "-10 Grad in der Nacht", "-10 Grad in der Nacht"},
		{"html tag", "<div> is a tag", `\<div> is a tag`},
		{"script", "<script>alert(1)</script>", `\<script>alert(1)\</script>`},
		{"event handler", "see <img src=x onerror=alert(1)> here", `see \<img src=x onerror=alert(1)> here`},
		{"less than number", "<5 Prozent", "<5 Prozent"},
		{"comparison", "x < y > z", "x < y > z"},
		{"autolink", "mail <a@b.example> now", `mail \<a@b.example> now`},
		{"rule", "---", `\---`},
		{"product", "2*3 = 6", "2*3 = 6"},
		{"snake case", "snake_case_name", "snake_case_name"},
		{"emphasis", "a *word* here", `a \*word* here`},
		{"strong", "**x**", `\*\*x**`},
		{"underscores", "_a_", `\_a_`},
		{"dunder", "__init__ method", `\_\_init__ method`},
		{"link", "[x](javascript:alert(1))", `\[x](javascript:alert(1))`},
		{"image", "![i](x)", `!\[i](x)`},
		{"bracket alone", "[x] y", "[x] y"},
		{"reference definition", "[x]: /target", `\[x]: /target`},
		{"code span", "`code` here", "\\`code` here"},
		{"lone backtick", "one ` tick", "one ` tick"},
		{"strikethrough", "~~no~~", `\~~no~~`},
		{"backslash before punctuation", `C:\path\*`, `C:\path\\*`},
		{"backslash at end", `back\`, `back\`},
		{"entity decoded", "Design &gt; Widgets", "Design > Widgets"},
		{"entity twice encoded", "&amp;lt;b&amp;gt;", `\<b>`},
		{"numeric entity", "it&#39;s", "it's"},
		{"not an entity", "AT&T and &nosuch; stay", "AT&T and &nosuch; stay"},
		{"entity decoded thrice only", "&amp;amp;amp;copy;", `\&copy;`},
		{"no-break spaces", "a\u00a0b\u202fc\u2009d\u00a0", "a b c d"},
		{"zero-width space", "in\u200bvisible", "invisible"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MarkdownText(tt.in); got != tt.want {
				t.Errorf("MarkdownText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkdownTitle(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "A title", "# A title"},
		{"closing hashes", "Issue #", `# Issue \#`},
		{"hash inside", "We are #1 again", "# We are #1 again"},
		{"raw html", "Title <img src=x onerror=alert(1)>", `# Title \<img src=x onerror=alert(1)>`},
		{"line break", "Two\nlines", "# Two lines"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MarkdownTitle(tt.in); got != tt.want {
				t.Errorf("MarkdownTitle(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSafeTarget(t *testing.T) {
	tests := []struct {
		dest string
		want bool
	}{
		{"https://example.org/a", true},
		{"HTTP://example.org/", true},
		{"mailto:a@example.org", true},
		{"/relative/path", true},
		{"page.html#part", true},
		{"?q=1", true},
		{"//example.org/x", true},
		{"a/b:c", true},
		{"javascript:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{" javascript:alert(1)", false},
		{"java\tscript:alert(1)", false},
		{"java\x00script:alert(1)", false},
		{"java%09script:alert(1)", false},
		{"%20https://example.org/", true},
		{"javascript%3Aalert(1)", false},
		{"jav&#97;script:alert(1)", false},
		{"javascript&colon;alert(1)", false},
		{`javascript\:alert(1)`, false},
		{"vbscript:msgbox(1)", false},
		{"data:text/html;base64,PHNjcmlwdD4=", false},
		{"file:///etc/passwd", false},
		{"about:blank", false},
	}
	for _, tt := range tests {
		t.Run(tt.dest, func(t *testing.T) {
			if got := safeTarget(tt.dest); got != tt.want {
				t.Errorf("safeTarget(%q) = %v, want %v", tt.dest, got, tt.want)
			}
		})
	}
}

func TestWebURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a", "https://example.org/a"},
		{" http://example.org/ ", "http://example.org/"},
		{"javascript:alert(1)", ""},
		{"JavaScript://example.org/%0Aalert(1)", ""},
		{"ftp://example.org/", ""},
		{"example.org/a", ""},
		{"/a/b", ""},
		{"https:///nohost", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := WebURL(tt.in); got != tt.want {
				t.Errorf("WebURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// checkSafeHTML fails when rendered HTML holds a script, frame or plug-in
// element, an event-handler attribute, or a link or image whose target is
// not http(s), mailto or relative.
func checkSafeHTML(t testing.TB, rendered string) {
	t.Helper()
	low := strings.ToLower(rendered)
	for _, bad := range []string{"<script", "<iframe", "<svg", "<object", "<embed"} {
		if strings.Contains(low, bad) {
			t.Errorf("rendered HTML holds %s:\n%s", bad, rendered)
		}
	}
	root, err := html.Parse(strings.NewReader(rendered))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("<%s> has the event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if a.Key == "href" || a.Key == "src" {
				if scheme := urlScheme(a.Val); scheme != "" && scheme != "http" && scheme != "https" && scheme != "mailto" {
					t.Errorf("<%s %s=%q>: scheme %q", n.Data, a.Key, a.Val, scheme)
				}
			}
		}
	}
}

// urlScheme returns the scheme a browser reads in a URL, lower case, or ""
// for a relative one. Written apart from safeTarget, to check it.
func urlScheme(u string) string {
	u = html.UnescapeString(u)
	var sb strings.Builder
	for _, r := range u {
		if r > ' ' && r != 0x7F {
			sb.WriteRune(r)
		}
	}
	s := strings.ToLower(sb.String())
	before, _, found := strings.Cut(s, ":")
	if !found || strings.ContainsAny(before, "/?#") {
		return ""
	}
	return before
}

// TestHostileFixtures renders pare's output for hostile pages and dumps
// with goldmark, default and with raw HTML allowed: no script, frame,
// event handler or unsafe link may come out, nor an unsafe URL in the
// metadata.
func TestHostileFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "hostile", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no hostile fixtures: %v", err)
	}
	optionSets := map[string]Options{
		"defaults":       {},
		"images":         {Images: true},
		"javascript url": {URL: "javascript:alert(99)"},
		"http url":       {URL: "https://example.org/news/1", Images: true},
	}
	for _, file := range files {
		in, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for oname, opts := range optionSets {
			if strings.HasSuffix(file, ".txt") {
				opts.Input = Text // else the tags in it make it a page
			}
			t.Run(filepath.Base(file)+"/"+oname, func(t *testing.T) {
				doc, err := ExtractBytes(in, opts)
				if err != nil {
					t.Fatalf("extract: %v", err)
				}
				if doc.URL != "" && WebURL(doc.URL) == "" {
					t.Errorf("document URL %q is not http(s)", doc.URL)
				}
				var out bytes.Buffer
				if err := doc.WriteMarkdown(&out, MarkdownOptions{}); err != nil {
					t.Fatal(err)
				}
				md := out.String()
				if strings.Contains(strings.ToLower(md), "url: javascript") {
					t.Errorf("front matter holds a javascript: url:\n%s", md)
				}
				for rname, r := range markdownRenderers() {
					t.Run(rname, func(t *testing.T) {
						checkSafeHTML(t, gmRender(t, r, md))
					})
				}
			})
		}
	}
}

// TestHostileFixturesKeepText checks that dropping unsafe links keeps their
// text, and that the text showing markup comes out as text.
func TestHostileFixturesKeepText(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"links.html", []string{
			"summer schedule", "winter schedule", "full list of letters", "minutes of the meeting",
			"consultation", "earlier draft", "shared drive", "hundreds of letters",
			"<script>alert(10)</script>", "[click here](javascript:alert(11))", "<img src=x onerror=alert(12)>",
		}},
		{"markup.txt", []string{
			"Harbour council <img src=x onerror=alert(1)> approves the new ferry timetable",
			`<script>alert("inline script")</script>`, "[the full list of letters](javascript:alert(3))",
			`<iframe src="javascript:alert(4)"></iframe>`, "![a photo](javascript:alert(5))",
			`<a href="JaVaScRiPt:alert(6)">a shared drive</a>`, `<img src="x" onerror="alert(7)">`,
			"<javascript:alert(8)>", "<script>alert(10)</script>", "# Not a heading", "> Not a quote",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			in, err := os.ReadFile(filepath.Join("..", "testdata", "hostile", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{URL: "https://example.org/news/1"}
			if strings.HasSuffix(tt.file, ".txt") {
				opts.Input = Text
			}
			doc, err := ExtractBytes(in, opts)
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			if err := doc.WriteMarkdown(&out, MarkdownOptions{NoFrontMatter: true}); err != nil {
				t.Fatal(err)
			}
			text := renderedText(t, gmRender(t, unsafeRenderer, out.String()))
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("rendered text lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestHostileBaseURL(t *testing.T) {
	page := `<html><head><title>A page</title><link rel="canonical" href="javascript:alert(1)//x"></head>
<body><article><h1>A page</h1><p>The text of the page runs on for a while and has a <a href="/about">relative link</a>
that must stay relative, since the only address the page gives is not a web address at all.</p></article></body></html>`
	tests := []struct {
		name, url, wantURL, wantLink string
	}{
		{"canonical javascript", "", "", "](/about)"},
		{"option javascript", "javascript:alert(2)//x", "", "](/about)"},
		{"option http", "https://example.org/n/1", "https://example.org/n/1", "](https://example.org/about)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ExtractBytes([]byte(page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if doc.URL != tt.wantURL {
				t.Errorf("URL = %q, want %q", doc.URL, tt.wantURL)
			}
			if body := doc.Body(); !strings.Contains(body, tt.wantLink) {
				t.Errorf("body lacks %q:\n%s", tt.wantLink, body)
			}
		})
	}
}

// roundTripTexts hold Markdown's special characters in the places where
// they do and do not make syntax.
var roundTripTexts = []string{
	"2*3 = 6 and 5 * 3 * 2", "snake_case_name and __init__", "*not emphasis* and **not strong**",
	"a_b_ and _a_b", "foo*bar*baz", "*a **b** c*", "a**b**c", "[link](https://example.org)",
	"![img](x.png) and [x] y", "[foo]: /url", "<b>bold</b> and <http://example.org>", "a <b c and x < y > z",
	"AT&T and &nosuch;", `C:\path\to\file and \* and \\`, "ends with \\", "`code` and `` double",
	"~~strike~~ and ~one~", "# hash", "#hashtag", "> quote", "- item", "+ item", "* item", "1. one",
	"2) two", "---", "***", "___", "===", "| a | b |", "[ ] task", "<!-- comment --> after",
	"<?php echo 1; ?>", "<![CDATA[x]]>", `"quoted" and 'single'`, "{braces} ^caret$ @at %", "1992. Ein Jahr",
	"a * b", "price: $5 * 2", "_", "*", "**", "[", "]", "<", "&", "!", "\\", "~", "`",
	"[a](b \"c\")", "<a href=\"x\">y</a>", "x\\[y]", "[a\\]b](c)", "***bold italic***", "__a__b",
}

// TestRoundTrip checks that the text of a Markdown special character comes
// back from a CommonMark renderer as it was, on both paths, as a title and
// inside the HTML path's emphasis, links, list items and table cells.
func TestRoundTrip(t *testing.T) {
	for _, s := range roundTripTexts {
		t.Run(s, func(t *testing.T) {
			check := func(place, md, want string) {
				t.Helper()
				got := renderedText(t, gmRender(t, unsafeRenderer, md))
				if want = strings.Join(strings.Fields(want), " "); got != want {
					t.Errorf("%s: %q renders as %q, want %q", place, md, got, want)
				}
			}
			check("text", MarkdownText(s), s)
			check("title", MarkdownTitle(s), s)
			check("text list", listBlock([]textLine{{text: s}, {text: s, ordered: true}}).Text, s+" "+s)
			check("text table", tableBlock([][]string{{"h", "k"}, {s, "v"}}).Text, "h k "+s+" v")
			esc := html.EscapeString(s)
			for _, h := range []struct{ place, page, want string }{
				{"paragraph", "<p>" + esc + "</p>", s},
				{"strong", "<p>Before <strong>" + esc + "</strong> after</p>", "Before " + s + " after"},
				{"emphasis", "<p>x <em>" + esc + "</em> y</p>", "x " + s + " y"},
				{"link", `<p>See <a href="https://example.org/" title="` + esc + `">` + esc + `</a>.</p>`, "See " + s + "."},
				{"list", "<ul><li>" + esc + "</li><li>b</li></ul>", s + " b"},
				{"table", "<table><tr><th>h</th><th>k</th></tr><tr><td>" + esc + "</td><td>v</td></tr></table>", "h k " + s + " v"},
				{"heading", "<h2>" + esc + "</h2>", s},
			} {
				root, err := html.Parse(strings.NewReader("<html><body><div>" + h.page + "</div></body></html>"))
				if err != nil {
					t.Fatal(err)
				}
				var md []string
				for _, b := range htmlBlocks(root, "", false) {
					if b.Kind == clean.Heading {
						b.Text = "## " + b.Text
					}
					md = append(md, b.Text)
				}
				check("html "+h.place, strings.Join(md, "\n\n"), h.want)
			}
		})
	}
}

// TestOddSpacesAndEmphasis checks that no-break spaces around the
// converter's emphasis marks become plain spaces where they keep it
// emphasis.
func TestOddSpacesAndEmphasis(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"spaces outside", "<p>Die\u00a0<strong>Bedeutungen</strong>\u00a0der\u00a0<strong>Lizenzen</strong> x</p>", "Die **Bedeutungen** der **Lizenzen** x"},
		{"space inside at the end", "<p><strong>Symbole\u00a0</strong>visualisieren die Lizenzen.</p>", "**Symbole** visualisieren die Lizenzen."},
		{"space inside at the start", "<p>Die <strong>\u00a0gratis</strong> Lizenzen.</p>", "Die **gratis** Lizenzen."},
		{"nested emphasis", "<p><strong>12.\u00a0<em>Knock knock!</em></strong> x</p>", "**12. *Knock knock!*** x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body><div>" + tt.page + "</div></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			blocks := htmlBlocks(root, "", false)
			if len(blocks) != 1 || blocks[0].Text != tt.want {
				t.Fatalf("blocks = %+v, want one with %q", blocks, tt.want)
			}
		})
	}
}

// FuzzMarkdownText checks that any text, written by MarkdownText, renders
// as one plain paragraph of that text: no element, link or code made of
// it, and its characters back as they were (entities decoded, spaces
// folded).
func FuzzMarkdownText(f *testing.F) {
	for _, s := range roundTripTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r\u2028\u2029") || strings.ContainsFunc(s, isMarked) {
			return // a page's own U+F0000-F007F stand for the ASCII ones
		}
		md := MarkdownText(s)
		if slow := escapeMarkdown(markLine(s), true); slow != md {
			t.Fatalf("%q: the quick path gives %q, the full one %q", s, md, slow)
		}
		rendered := gmRender(t, unsafeRenderer, md)
		root, err := html.Parse(strings.NewReader(rendered))
		if err != nil {
			t.Fatal(err)
		}
		for n := range root.Descendants() {
			if n.Type == html.ElementNode && n.Data != "html" && n.Data != "head" && n.Data != "body" && n.Data != "p" {
				t.Fatalf("%q renders a <%s>: %q", md, n.Data, rendered)
			}
		}
		want := strings.Join(strings.Fields(strings.Map(func(r rune) rune {
			if oddSpace(r) || r == '\n' {
				return ' '
			}
			return r
		}, decodeEntities(s))), " ")
		want = strings.NewReplacer("\u200b", "", "\u2060", "", "\ufeff", "").Replace(want)
		if got := renderedText(t, rendered); got != strings.Join(strings.Fields(want), " ") {
			t.Fatalf("%q as %q renders as %q, want %q", s, md, got, want)
		}
	})
}

// FuzzHTMLBlocks checks that no HTML, rendered by the HTML path and then
// by goldmark with raw HTML allowed, gives a script, frame, event handler
// or unsafe link.
func FuzzHTMLBlocks(f *testing.F) {
	for _, s := range []string{
		`<p>a <a href="JaVaScRiPt:x">b</a> <img src=x onerror=y alt="<b>"></p>`,
		`<p>&lt;script&gt;x&lt;/script&gt; <strong>*a*</strong> <em>_b_</em></p>`,
		`<ul><li><a href="/x" title='a"b'>[c](javascript:d)</a></li></ul>`,
		`<table><tr><td>a|b</td><td><code>c|d</code></td></tr></table>`,
		`<h2>## x #</h2><pre><code>&lt;iframe&gt;</code></pre><blockquote><p>&gt; q</p></blockquote>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		root, err := html.Parse(strings.NewReader("<html><body><div>" + s + "</div></body></html>"))
		if err != nil {
			return
		}
		var md []string
		for _, b := range htmlBlocks(root, "https://example.org/a/", true) {
			if b.Kind == clean.Heading {
				b.Text = "## " + b.Text
			}
			md = append(md, b.Text)
		}
		checkSafeHTML(t, gmRender(t, unsafeRenderer, strings.Join(md, "\n\n")))
	})
}

// TestFrontMatterGuard checks that front matter values holding markup come
// back from YAML as they were, with no < or link left for a Markdown
// reader that renders the front matter as text.
func TestFrontMatterGuard(t *testing.T) {
	tests := []struct{ name, title string }{
		{"tag", "Council <img src=x onerror=alert(1)> votes"},
		{"link", `[click](javascript:alert(1)) and "quotes" and 'single'`},
		{"long", strings.Repeat("a long title <b> with [brackets] ", 6)},
		{"escapes", `back\slash \u003c and a tab	here`},
		{"plain", "Nothing special here"},
		{"brackets only", "A post: [guest post] with 'quotes'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Title: tt.title, Source: "dir/[x]<y>.html", Blocks: []clean.Block{{Kind: clean.Paragraph, Text: "Body."}}}
			var out bytes.Buffer
			if err := doc.WriteMarkdown(&out, MarkdownOptions{}); err != nil {
				t.Fatal(err)
			}
			fm, _, ok := strings.Cut(strings.TrimPrefix(out.String(), "---\n"), "---\n")
			if !ok {
				t.Fatalf("no front matter in %q", out.String())
			}
			root, err := html.Parse(strings.NewReader(gmRender(t, unsafeRenderer, out.String())))
			if err != nil {
				t.Fatal(err)
			}
			for n := range root.Descendants() {
				if n.Type == html.ElementNode && !strings.Contains(" html head body p h1 h2 hr ", " "+n.Data+" ") {
					t.Errorf("the front matter, read as Markdown, makes a <%s>:\n%s", n.Data, fm)
				}
			}
			var got struct{ Title, Source string }
			if err := yaml.Unmarshal([]byte(fm), &got); err != nil {
				t.Fatalf("%v:\n%s", err, fm)
			}
			if got.Title != tt.title || got.Source != doc.Source {
				t.Errorf("read back %q, %q; want %q, %q", got.Title, got.Source, tt.title, doc.Source)
			}
		})
	}
}
