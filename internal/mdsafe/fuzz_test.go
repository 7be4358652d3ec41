package mdsafe

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/gmtest"
	"golang.org/x/net/html"
)

// FuzzMarkdownText checks that any text, written by MarkdownText, renders
// as one plain paragraph of that text: no element, link or code made of
// it, and its characters back as they were (entities decoded, spaces
// folded).
func FuzzMarkdownText(f *testing.F) {
	for _, s := range gmtest.RoundTripTexts() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsAny(s, "\x00\r\u2028\u2029") || strings.ContainsFunc(s, isMarked) {
			return // a page's own U+F0000-F007F stand for the ASCII ones
		}
		md := MarkdownText(s)
		if slow := escapeMarkdown(MarkLine(s), true); slow != md {
			t.Fatalf("%q: the quick path gives %q, the full one %q", s, md, slow)
		}
		rendered := gmtest.Render(t, gmtest.Unsafe(), md)
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
		}, DecodeEntities(s))), " ")
		want = strings.NewReplacer("\u200b", "", "\u2060", "", "\ufeff", "").Replace(want)
		if got := gmtest.RenderedText(t, rendered); got != strings.Join(strings.Fields(want), " ") {
			t.Fatalf("%q as %q renders as %q, want %q", s, md, got, want)
		}
	})
}
