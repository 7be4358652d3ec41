package htmlpage

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// keptCopy is what readability was given before regionCopy: a whole copy
// of root cut down by keepOnly (left whole when keepOnly finds no place).
func keptCopy(root, region *html.Node) *html.Node {
	c := cloneNode(root)
	if region != nil {
		keepOnly(c, region)
	}
	return c
}

// sameTree reports where a and b differ in the kind, tag, namespace, text
// or attributes of a node or in their children, or "" when they do not.
func sameTree(a, b *html.Node) string {
	if a.Type != b.Type || a.Data != b.Data || a.DataAtom != b.DataAtom || a.Namespace != b.Namespace || !slices.Equal(a.Attr, b.Attr) {
		return "node " + a.Data + " against " + b.Data
	}
	ca, cb := a.FirstChild, b.FirstChild
	for ; ca != nil && cb != nil; ca, cb = ca.NextSibling, cb.NextSibling {
		if d := sameTree(ca, cb); d != "" {
			return a.Data + " > " + d
		}
	}
	if ca != nil || cb != nil {
		return "children of " + a.Data + " differ in number"
	}
	return ""
}

// sharesNode reports whether the trees under a and b share a node.
func sharesNode(a, b *html.Node) bool {
	in := map[*html.Node]bool{}
	for n := range a.Descendants() {
		in[n] = true
	}
	for n := range b.Descendants() {
		if in[n] || n == a {
			return true
		}
	}
	return in[b]
}

func renderTree(t testing.TB, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestRegionCopy(t *testing.T) {
	src := `<!DOCTYPE html><html><head><title>A pier</title><meta name="author" content="A. Writer"></head><body>` +
		`<!-- top --><div id="top">menu</div><div id="page" class="wrap">before<div id="side">side</div><div id="main"><p id="p1">one</p><p id="p2" lang="en">two<br>three</p></div>after</div><div id="foot">foot</div></body></html>`
	tests := []struct {
		name   string
		target string // id of the region; "" for none, "body" and "head" for those elements
		want   string // the ids left in the copy, in order
	}{
		{"no region", "", "top page side main p1 p2 foot"},
		{"deep", "main", "page main p1 p2"},
		{"child of body", "page", "page side main p1 p2"},
		{"a paragraph", "p2", "page main p2"},
		{"the body", "body", "top page side main p1 p2 foot"},
		{"the head", "head", "top page side main p1 p2 foot"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, src)
			before := renderTree(t, root)
			var region *html.Node
			switch tt.target {
			case "":
			case "body", "head":
				region = findTag(root, tt.target)
			default:
				region = byID(root, tt.target)
			}
			got := regionCopy(root, region)
			if d := sameTree(got, keptCopy(root, region)); d != "" {
				t.Errorf("the copy differs from keepOnly's: %s", d)
			}
			if ids := strings.Join(ids(got), " "); ids != tt.want {
				t.Errorf("ids copied = %q, want %q", ids, tt.want)
			}
			if renderTree(t, root) != before {
				t.Error("regionCopy changed the page")
			}
			if sharesNode(root, got) {
				t.Error("the copy shares a node with the page")
			}
			// The copy is readability's to change: an attribute added to
			// one of its nodes must not reach the page or another node.
			for n := range got.Descendants() {
				if n.Type == html.ElementNode && len(n.Attr) > 0 {
					n.Attr = append(n.Attr, html.Attribute{Key: "x", Val: "y"})
				}
			}
			if renderTree(t, root) != before {
				t.Error("an attribute added to the copy reached the page")
			}
		})
	}
}

func TestSplitMayChange(t *testing.T) {
	tests := []struct {
		name string
		body string
		want bool
	}{
		{"paragraphs and a list", `<div><h1>A pier</h1><p>one</p><ul><li>two</li></ul><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure></div>`, false},
		{"a definition list", `<div><dl><dt>Pros</dt><dd>light</dd><dd>cheap</dd></dl></div>`, true},
		{"a definition list left alone", `<dl><dt></dt><dd>a caption</dd></dl>`, true},
		{"a heading in a caption", `<figure><img src="a.jpg"><figcaption><h3>A caption</h3></figcaption></figure>`, true},
		{"a heading in a figure", `<figure><h2>A chart</h2><img src="a.jpg"></figure>`, true},
		{"a heading after a figure", `<figure><img src="a.jpg"></figure><h2>Next</h2>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, `<html><head><title>A pier</title></head><body>`+tt.body+`</body></html>`)
			if got := splitMayChange(root, false); got != tt.want {
				t.Errorf("splitMayChange = %v, want %v", got, tt.want)
			}
			before := renderTree(t, root)
			splitPage(root, "", true)
			if changed := renderTree(t, root) != before; changed && !tt.want {
				t.Error("the split changed a page splitMayChange passed")
			}
		})
	}
}

// TestRegionCopyCorpus holds regionCopy and splitMayChange to what they
// replace on the corpus pages: where splitMayChange reports false, the
// split leaves the page as it was, and regionCopy of the page gives
// what keepOnly left of a copy, for the page's region and for other nodes.
func TestRegionCopyCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	pages := corpusPages(t, 5)
	unchanged, regions := 0, 0
	for _, p := range pages {
		root := parseFile(t, p)
		if splitMayChange(root, false) {
			continue
		}
		unchanged++
		whole := cloneNode(root)
		pb := splitPage(root, "", true)
		if d := sameTree(root, whole); d != "" {
			t.Errorf("%s: the split changed a page splitMayChange passed: %s", filepath.Base(p), d)
			continue
		}
		var tries []*html.Node
		if r := articleRegion(pb.blocks, pb.srcs, classifyBlocks(pb.blocks, "en"), sizesOf(pb.blocks)); r != nil {
			regions++
			tries = append(tries, r)
		}
		k := 0
		for n := range root.Descendants() {
			if k++; k%997 == 0 {
				tries = append(tries, n)
			}
		}
		for _, r := range tries {
			if d := sameTree(regionCopy(root, r), keptCopy(root, r)); d != "" {
				t.Errorf("%s: the copy for <%s> differs from keepOnly's: %s", filepath.Base(p), r.Data, d)
			}
		}
	}
	t.Logf("%d of %d pages split unchanged, %d with a region", unchanged, len(pages), regions)
}

// FuzzRegionCopy holds regionCopy to keepOnly on a copy for every node of
// a page taken as the region.
func FuzzRegionCopy(f *testing.F) {
	f.Add(`<html><head><title>t</title></head><body><div id="a">x<p>one</p><div><p>two</p></div>y</div><p>z</p></body></html>`, uint16(5))
	f.Add(`<body><table><tr><td>a<td>b</table><!-- c --><template><p>d</template></body>`, uint16(3))
	f.Add(`<svg><g><text>a</text></g></svg><math><mi>x</mi></math>`, uint16(4))
	f.Fuzz(func(t *testing.T, src string, at uint16) {
		if len(src) > 4096 {
			return
		}
		root, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		var nodes []*html.Node
		for n := range root.Descendants() {
			nodes = append(nodes, n)
		}
		if len(nodes) == 0 {
			return
		}
		r := nodes[int(at)%len(nodes)]
		if d := sameTree(regionCopy(root, r), keptCopy(root, r)); d != "" {
			t.Errorf("the copy for <%s> differs from keepOnly's: %s", r.Data, d)
		}
	})
}
