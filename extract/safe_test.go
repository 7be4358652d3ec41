package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/gmtest"
	"github.com/pare-dev/pare/internal/mdsafe"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

// The goldmark helpers of package gmtest, under the names these tests use.
var (
	markdownRenderers = gmtest.Renderers
	unsafeRenderer    = gmtest.Unsafe()
	gmRender          = gmtest.Render
	renderedText      = gmtest.RenderedText
	checkSafeHTML     = gmtest.CheckSafeHTML
	urlScheme         = gmtest.URLScheme
	roundTripTexts    = gmtest.RoundTripTexts()
)

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
			if got := mdsafe.MarkdownText(tt.in); got != tt.want {
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
			if got := mdsafe.MarkdownTitle(tt.in); got != tt.want {
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
			if got := mdsafe.SafeTarget(tt.dest); got != tt.want {
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
			if got := mdsafe.WebURL(tt.in); got != tt.want {
				t.Errorf("WebURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
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
				if doc.URL != "" && mdsafe.WebURL(doc.URL) == "" {
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
			doc := &Document{Title: tt.title, Source: "dir/[x]<y>.html", Blocks: []article.Block{{Kind: article.Paragraph, Text: "Body."}}}
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

// TestRoundTrip checks that the text of a Markdown special character comes
// back from a CommonMark renderer as it was, as text and as a title (the
// paths' own places: TestRoundTripText in textdump, TestRoundTripHTML in
// htmlpage).
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
			check("text", mdsafe.MarkdownText(s), s)
			check("title", mdsafe.MarkdownTitle(s), s)
		})
	}
}
