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
		squeezeSpaces(root)
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
