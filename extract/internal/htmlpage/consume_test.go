package htmlpage

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestRenderConsuming holds renderConsuming to renderBlocks: the same
// blocks, in runs of one or of many, while each source is cut out of its
// tree once rendered.
func TestRenderConsuming(t *testing.T) {
	long := strings.Repeat("word ", maxJointText/5+10)
	for _, tc := range []struct {
		name string
		page string
	}{
		{"paragraphs and a list", "<h2>Notes</h2><p>The <a href=\"/a\">first</a> note.</p><ul><li>one</li><li>two</li></ul><p>Last, *starred*.</p>"},
		{"inline text beside blocks", "<div>Loose text <em>here</em><p>A paragraph.</p>more loose text</div>"},
		{"an empty heading dropped", "<h2> </h2><p>Only this.</p><hr><p>And this.</p>"},
		{"runs of one block each", "<p>" + long + "</p><p>" + long + "</p><p>short</p>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			split := func() (*blockBuilder, *html.Node) {
				root, err := html.Parse(strings.NewReader("<html><body><article>" + tc.page + "</article></body></html>"))
				if err != nil {
					t.Fatal(err)
				}
				bb := &blockBuilder{domain: "https://example.org/", images: false}
				bb.walk(root)
				bb.flush()
				return bb, root
			}
			bb, _ := split()
			want := renderBlocks(bb.blocks, bb.srcs, bb.domain, false)
			bb, _ = split()
			srcs := append([]blockSource(nil), bb.srcs...)
			got := renderConsuming(bb.blocks, bb.srcs, bb.domain, false)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("renderConsuming:\n%+v\nrenderBlocks:\n%+v", got, want)
			}
			for i, src := range srcs {
				if src.node != nil && src.node.Parent != nil {
					t.Errorf("source %d (%s) is still in its tree", i, src.node.Data)
				}
				for _, n := range src.inline {
					if n.Parent != nil {
						t.Errorf("inline source %d (%q) is still in its tree", i, n.Data)
					}
				}
				if bb.srcs[i].node != nil || bb.srcs[i].inline != nil {
					t.Errorf("source %d is still held", i)
				}
			}
		})
	}
}
