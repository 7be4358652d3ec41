package htmlpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSqueezeSpaces checks which text nodes squeezeSpaces shortens.
func TestSqueezeSpaces(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"indentation between blocks", "<div>\n    <p>One.</p>\n    <p>Two.</p>\n</div>", "<div>\n<p>One.</p>\n<p>Two.</p>\n</div>"},
		{"spaces without a line break", "<p><b>a</b>   <i>b</i></p>", "<p><b>a</b> <i>b</i></p>"},
		{"tabs and returns", "<ul>\t\t<li>x</li>\r\n\t<li>y</li></ul>", "<ul> <li>x</li>\n<li>y</li></ul>"},
		{"one space stays", "<p><b>a</b> <i>b</i></p>", "<p><b>a</b> <i>b</i></p>"},
		{"text with words untouched", "<p>Some   words\n\n  here.</p>", "<p>Some   words\n\n  here.</p>"},
		{"no-break spaces untouched", "<p><b>a</b>\u00a0\u00a0<i>b</i></p>", "<p><b>a</b>\u00a0\u00a0<i>b</i></p>"},
		{"preformatted kept", "<pre><b>x</b>\n    <b>y</b></pre>", "<pre><b>x</b>\n    <b>y</b></pre>"},
		{"code kept", "<p><code><b>x</b>    <b>y</b></code></p>", "<p><code><b>x</b>    <b>y</b></code></p>"},
		{"inside pre, deeper", "<pre><span><b>x</b>\n  <b>y</b></span></pre>", "<pre><span><b>x</b>\n  <b>y</b></span></pre>"},
		{"textarea kept", "<textarea>\n\n  </textarea>", "<textarea>\n\n  </textarea>"},
		{"byline kept", "<div class=\"Post-Byline\"><a>A</a>\n   <a>B</a></div>", "<div class=\"Post-Byline\"><a>A</a>\n   <a>B</a></div>"},
		{"author by itemprop kept", "<span itemprop=\"author\"><a>A</a>\n   <a>B</a></span>", "<span itemprop=\"author\"><a>A</a>\n   <a>B</a></span>"},
		{"share box kept", "<ul id=\"share-bar\">\n  <li>x</li>\n</ul>", "<ul id=\"share-bar\">\n  <li>x</li>\n</ul>"},
		{"top heading kept", "<h1><span>A</span>  <span>B</span></h1><h3><span>C</span>  <span>D</span></h3>", "<h1><span>A</span>  <span>B</span></h1><h3><span>C</span> <span>D</span></h3>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			body := findElement(root, "body")
			squeezeSpaces(root)
			var sb strings.Builder
			for c := body.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&sb, c); err != nil {
					t.Fatal(err)
				}
			}
			if got := html.UnescapeString(sb.String()); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func findElement(n *html.Node, tag string) *html.Node {
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.Data == tag {
			return d
		}
	}
	return nil
}

// readabilityReading is what pare takes from a readability pass over the
// page: the article's blocks and the metadata it fills gaps with.
func readabilityReading(t *testing.T, page string, squeeze bool) []string {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Skip()
	}
	if squeeze {
		readyForReadability(root)
	}
	p := newParser()
	art, err := p.ParseAndMutate(root, nil)
	if err != nil {
		return []string{"error: " + err.Error()}
	}
	out := []string{collapse(art.Title()), collapse(art.Byline()), collapse(art.SiteName()), art.Language()}
	if art.Node == nil {
		return out
	}
	setAtoms(art.Node)
	for _, b := range htmlBlocks(art.Node, "https://example.org/", true) {
		out = append(out, b.Kind.String()+"|"+b.Plain+"|"+b.Text)
	}
	return out
}

// FuzzSqueezeSpaces checks that squeezing white space before the
// readability pass changes nothing pare reads from it.
func FuzzSqueezeSpaces(f *testing.F) {
	pages, _ := filepath.Glob("../../../testdata/html/*.html")
	for _, p := range pages {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("<html><head><title>A walk</title></head><body>\n  <div class=\"post\">\n    <h1>A walk</h1>\n    <span itemprop=\"author\">\n      <span itemprop=\"name\">\n        <a>Ann</a>\n        <a>Lee</a>\n      </span>\n    </span>\n    <div>\n      <p>We walked, slowly, along the river, past the mill, to the bridge.</p>\n      <br>\n      <br>\n      Then home.\n    </div>\n  </div>\n</body></html>")
	f.Add("<body><table>\n <tr>\n  <td>\n   <a href=\"/a\">one</a>\n  </td>\n  <td>two, three, four, five, six, seven</td>\n </tr>\n</table><pre>\n  keep\n    this\n</pre></body>")
	f.Fuzz(func(t *testing.T, page string) {
		want := readabilityReading(t, page, false)
		got := readabilityReading(t, page, true)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("squeezed:\n%q\nas it is:\n%q", got, want)
		}
	})
}

// TestPruneHead checks which elements of the head pruneHead keeps, and
// which style attributes squeezeSpaces drops.
func TestPruneHead(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"title and read metas kept", `<head><title>T</title><meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta property="og:Title" content="A"><meta name="author" content="B"><link rel="stylesheet" href="a.css"><base href="/"></head>`,
			`<head><title>T</title><meta property="og:Title" content="A"/><meta name="author" content="B"/><base href="/"/></head><body></body>`},
		{"meta without content dropped", `<head><meta name="description"><meta name="parsely-pub-date" content="2020"></head>`,
			`<head><meta name="parsely-pub-date" content="2020"/></head><body></body>`},
		{"body untouched", `<head></head><body><link rel="x"><meta name="x" content="y"></body>`,
			`<head></head><body><link rel="x"/><meta name="x" content="y"/></body>`},
		{"quiet style dropped, hiding style kept", `<head></head><body><p style="color: red">a</p><p style="DISPLAY: None">b</p><p style="visibility:Hidden">c</p></body>`,
			`<head></head><body><p>a</p><p style="DISPLAY: None">b</p><p style="visibility:Hidden">c</p></body>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html>" + tt.page + "</html>"))
			if err != nil {
				t.Fatal(err)
			}
			readyForReadability(root)
			var sb strings.Builder
			h := findElement(root, "html")
			for c := h.FirstChild; c != nil; c = c.NextSibling {
				if err := html.Render(&sb, c); err != nil {
					t.Fatal(err)
				}
			}
			if got := sb.String(); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// foldReference is containsFold the slow way: any word of words in s
// lower-cased, or s not ASCII.
func foldReference(s string, words ...string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true
		}
	}
	for _, w := range words {
		if strings.Contains(strings.ToLower(s), w) {
			return true
		}
	}
	return false
}

// FuzzFoldWords holds holdsCountedWord and containsFold to foldReference.
func FuzzFoldWords(f *testing.F) {
	for _, s := range []string{"post-Byline", "SHARE_bar", "p-author", "entry", "date", "ſhare", "writtenBy x", "AUTHO", "none", "dIsplay:NONE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := holdsCountedWord(s), foldReference(s, "author", "byline", "dateline", "writtenby", "share"); got != want {
			t.Errorf("holdsCountedWord(%q) = %v, want %v", s, got, want)
		}
		for _, w := range []string{"none", "hidden", "title", "pub-date"} {
			if got, want := containsFold(s, w), foldReference(s, w); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	})
}

// TestReadyForReadabilityCorpus checks, on a spread of the shared
// corpora's pages when they are there, that the preparation changes
// nothing pare reads from the readability pass.
func TestReadyForReadabilityCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var pages []string
	for _, dir := range []string{"../../../../shared/corpus/html", "../../../../shared/corpus-body/html"} {
		found, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for i := 0; i < len(found); i += 40 {
			pages = append(pages, found[i])
		}
	}
	if len(pages) == 0 {
		t.Skip("no shared corpus")
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Skip(err)
			}
			want := readabilityReading(t, string(b), false)
			if got := readabilityReading(t, string(b), true); strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("prepared:\n%q\nas it is:\n%q", got, want)
			}
		})
	}
}
