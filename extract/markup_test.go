package extract

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var noLimits = Limits{MaxElements: -1, MaxDepth: -1}

func TestMeasureMarkup(t *testing.T) {
	tests := []struct {
		name            string
		in              string
		elements, depth int
	}{
		{"nested", "<html><body><div><p>a</p></div></body></html>", 4, 4},
		{"upper case", "<DIV><Span>a</SPAN></div><div></div>", 3, 2},
		{"void and self-closed", "<div><br><img src=x><span/><hr/></div>", 5, 1},
		{"open paragraphs are siblings", "<div><p>a<p>b<p>c</div>", 4, 2},
		{"comment", "<div><!-- <p><p><p> --></div>", 1, 1},
		{"unclosed comment", "<div><!-- <p><p>", 1, 1},
		{"comment ended by --!>", "<div><!-- <p> --!><p>", 2, 2},
		{"comment of dashes", "<div><!------ <p> ----><p>", 2, 2},
		{"empty comments", "<div><!--><p><!---><p>", 3, 2},
		{"declarations", "<!DOCTYPE html><?xml version=\"1.0\"?><div></div>", 1, 1},
		{"script text", "<div><script>if (a<b && c<d) x = '<p>';</script></div>", 2, 2},
		{"script end tag in any case", "<script>a<b</SCRIPT ><p>", 2, 1},
		{"unclosed script", "<script>a<b<c", 1, 1},
		{"quoted >", `<a title="1 > 0" href='x>y'><b>x</b></a>`, 2, 2},
		{"less-than in text", "<p>1 < 2 and 3 <= 4, <3</p>", 1, 1},
		{"stray end tags", "</div></p><div></span></div>", 1, 1},
		{"end tag without name", "<div></ ><p></>", 2, 2},
		{"unclosed tag", "<div><p class=", 2, 2},
		{"plaintext", "<div><plaintext><p></div>", 2, 2},
		// The tokenizer alone reads an SVG title as raw text to the end.
		{"svg title", "<svg><title>a</title><path/></svg><p>b", 4, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, d, err := measureMarkup(context.Background(), []byte(tt.in), noLimits)
			if err != nil || n != tt.elements || d != tt.depth {
				t.Errorf("measureMarkup = %d elements, %d deep, %v; want %d, %d", n, d, err, tt.elements, tt.depth)
			}
		})
	}
}

// tokenMarkup counts the start tags of b with the HTML tokenizer, and
// estimates their depth as measureMarkup does: the reference it is held to.
func tokenMarkup(b []byte) (elements, depth int) {
	z := html.NewTokenizer(bytes.NewReader(b))
	var open []atom.Atom
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return elements, depth
		case html.StartTagToken, html.SelfClosingTagToken:
			elements++
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if tt == html.SelfClosingTagToken || voidElements[a] {
				continue
			}
			if selfClosing[a] && len(open) > 0 && open[len(open)-1] == a {
				continue
			}
			open = append(open, a)
			depth = max(depth, len(open))
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			for i := len(open) - 1; i >= 0 && i >= len(open)-matchWindow; i-- {
				if open[i] == a {
					open = open[:i]
					break
				}
			}
		}
	}
}

// TestMeasureMarkupAsTokenizer holds the byte scan to the tokenizer on the
// fixtures and, when they are there, the shared corpora's pages: it never
// counts fewer elements, and it counts the same on all but a few pages (an
// SVG <title>, which the tokenizer alone takes for the page's and reads
// the rest of the page as its text).
func TestMeasureMarkupAsTokenizer(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/html/*.html")
	for _, dir := range []string{corpusDir, bodyDir} {
		more, _ := filepath.Glob(filepath.Join(dir, "html", "*.html"))
		paths = append(paths, more...)
	}
	if len(paths) == 0 {
		t.Skip("no pages")
	}
	off := 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n, d, err := measureMarkup(context.Background(), b, noLimits)
		if err != nil {
			t.Fatal(err)
		}
		wn, wd := tokenMarkup(b)
		if n < wn {
			t.Errorf("%s: %d elements, fewer than the tokenizer's %d", filepath.Base(p), n, wn)
		}
		if n != wn || d != wd {
			off++
			t.Logf("%s: %d elements %d deep, tokenizer %d, %d", filepath.Base(p), n, d, wn, wd)
		}
	}
	if off > len(paths)/100 {
		t.Errorf("%d of %d pages counted otherwise than by the tokenizer", off, len(paths))
	}
}

// TestLookupLower holds lookupLower, with its shortcuts for the commonest
// names, to atom.Lookup of the lower-cased name.
func TestLookupLower(t *testing.T) {
	for _, name := range []string{"a", "A", "p", "P", "li", "LI", "div", "Div", "span", "SPAN", "img", "td", "tr", "br", "Br",
		"b", "i", "ul", "table", "script", "x-widget", "", "abcdefghijklmnopqrstuvwxyz"} {
		want := atom.Lookup([]byte(strings.ToLower(name)))
		if len(name) > 24 {
			want = 0
		}
		if got := lookupLower([]byte(name)); got != want {
			t.Errorf("lookupLower(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestTagKind holds tagKind, the open-addressed table, to the tagKinds map
// for every value an atom can take below tagKindBound (every atom of the
// package: offsets into its text, shifted by 8, and lengths), and for the
// elements of the sets themselves.
func TestTagKind(t *testing.T) {
	const tagKindBound = 1 << 22
	for a := range tagKinds {
		if a >= tagKindBound {
			t.Fatalf("atom %v (%#x) beyond the values tried", a, uint32(a))
		}
	}
	if max := atom.Atom(atom.Plaintext); max >= tagKindBound {
		t.Fatalf("atom.Plaintext %#x beyond the values tried", uint32(max))
	}
	tests := []struct {
		name string
		from atom.Atom
		to   atom.Atom
	}{
		{"unknown and low", 0, 1 << 12},
		{"all atoms", 1 << 12, tagKindBound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := 0
			for a := tt.from; a < tt.to; a++ {
				if got, want := tagKind(a), tagKinds[a]; got != want {
					bad++
					if bad < 10 {
						t.Errorf("tagKind(%#x %v) = %d, want %d", uint32(a), a, got, want)
					}
				}
			}
		})
	}
	for a, want := range tagKinds {
		if want == 0 || tagKind(a) != want {
			t.Errorf("tagKind(%v) = %d, want %d (non-zero)", a, tagKind(a), want)
		}
	}
}
