package htmlpage

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
)

// TestNodesTextShares checks that a block whose text is one text node's,
// as the node has it, shares the node's string instead of holding a copy,
// and that every text is the one the walker makes, shared or not.
func TestNodesTextShares(t *testing.T) {
	for _, tc := range []struct {
		name  string
		page  string
		share bool // the block's text is the text node's string
	}{
		{"one text node", "<p>The river rose in the night.</p>", true},
		{"spaces around it", "<p>\n   The river rose in the night.\n  </p>", true},
		{"inside an inline element", "<p><em>The river rose in the night.</em></p>", true},
		{"a comment beside it", "<p><!-- note -->The river rose.</p>", true},
		{"white space inside folded", "<p>The river\n   rose.</p>", false},
		{"two text nodes", "<p>The river <em>rose</em> in the night.</p>", false},
		{"a line break between", "<p>The river<br>rose.</p>", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tc.page + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var p *html.Node
			for n := range root.Descendants() {
				if n.Type == html.ElementNode && n.Data == "p" {
					p = n
					break
				}
			}
			got, _ := nodesText([]*html.Node{p}, false, &textBuf{})
			var all strings.Builder
			for n := range p.Descendants() {
				if n.Type == html.TextNode {
					all.WriteString(n.Data)
				}
				if n.Type == html.ElementNode && n.Data == "br" {
					all.WriteString(" ")
				}
			}
			if want := lang.Collapse(all.String()); got != want {
				t.Fatalf("text %q, want %q", got, want)
			}
			shared := false
			for n := range p.Descendants() {
				if n.Type == html.TextNode && inMemoryOf(got, n.Data) {
					shared = true
				}
			}
			if shared != tc.share {
				t.Errorf("text %q shares a text node's string: %v, want %v", got, shared, tc.share)
			}
		})
	}
}

// inMemoryOf reports whether s lies in the memory of t.
func inMemoryOf(s, t string) bool {
	if s == "" || t == "" {
		return false
	}
	p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(t)))
	return p >= lo && p+uintptr(len(s)) <= lo+uintptr(len(t))
}
