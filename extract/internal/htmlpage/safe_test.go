package htmlpage

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/gmtest"
	"golang.org/x/net/html"
)

// TestRoundTripHTML checks that the text of a Markdown special character
// comes back from a CommonMark renderer as it was inside the HTML path's
// paragraphs, emphasis, links, list items, table cells and headings (moved
// from extract's TestRoundTrip).
func TestRoundTripHTML(t *testing.T) {
	for _, s := range gmtest.RoundTripTexts() {
		t.Run(s, func(t *testing.T) {
			check := func(place, md, want string) {
				t.Helper()
				gmtest.CheckRoundTrip(t, place, md, want)
			}
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
					if b.Kind == article.Heading {
						b.Text = "## " + b.Text
					}
					md = append(md, b.Text)
				}
				check("html "+h.place, strings.Join(md, "\n\n"), h.want)
			}
		})
	}
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
			if b.Kind == article.Heading {
				b.Text = "## " + b.Text
			}
			md = append(md, b.Text)
		}
		gmtest.CheckSafeHTML(t, gmtest.Render(t, gmtest.Unsafe(), strings.Join(md, "\n\n")))
	})
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
