package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// regionPara is a paragraph of running text the classifier keeps.
const regionPara = "<p>The council of the town voted on Thursday to rebuild the pier, and the work is due to begin in the autumn when the ferries stop for the winter and the harbour is quiet for a while. The town will pay a third of the cost and the region the rest of it.</p>"

// regionShort is a paragraph of running text too short for the classifier
// to keep on its own.
const regionShort = "<p>The mayor said that the pier had been closed for a year and that the town had waited long enough for it.</p>"

const regionLinks = `<ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li><li><a href="/c">Other story three</a></li></ul>`

func TestArticleRegion(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // id of the region, "" for none
	}{
		{"article in a column", `<div id="page"><div id="nav">` + regionLinks + `</div><main id="main"><div id="text">` +
			regionPara + regionPara + regionPara + `</div><div id="share">` + regionLinks + `</div></main><aside id="side">` + regionLinks + `</aside></div>`, "main"},
		{"one paragraph of inline text", `<div id="page"><div id="wrap"><div id="text">The council of the town voted on Thursday to rebuild the pier, and the work is due to begin in the autumn when the ferries stop for the winter and the harbour is quiet for a while. The town will pay a third of the cost.</div></div>` +
			`<div id="side">` + regionLinks + `</div></div>`, "wrap"},
		{"good text across the page", `<div id="a">` + regionPara + `</div><div id="b">` + regionPara + `</div>`, ""},
		{"most running text elsewhere", `<div id="page"><div id="box"><div id="bio">` + regionPara + `</div></div><div id="story">` +
			regionLinks + strings.Repeat(regionShort, 8) + regionLinks + `</div></div>`, ""},
		{"short paragraphs only", `<div id="page"><div id="nav">` + regionLinks + `</div><div id="main"><div id="text">` +
			strings.Repeat(regionShort, 4) + `</div></div></div>`, "main"},
		{"no running text", `<div id="nav">` + regionLinks + `</div>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := mustParse(t, `<html lang="en"><head><title>A pier</title></head><body>`+tt.body+`</body></html>`)
			pb := splitPage(page, "", false)
			r := articleRegion(pb.blocks, pb.srcs, classifyBlocks(pb.blocks, "en"), sizesOf(pb.blocks))
			got := ""
			if r != nil {
				got = attr(r, "id")
				if got == "" {
					got = "<" + r.Data + ">"
				}
			}
			if got != tt.want {
				t.Errorf("region = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestKeepOnly(t *testing.T) {
	src := `<html><head><title>A pier</title><meta name="author" content="A. Writer"></head><body>` +
		`<div id="top">menu</div><div id="page">before<div id="side">side</div><div id="main"><p id="p1">one</p><p id="p2">two</p></div>after</div><div id="foot">foot</div></body></html>`
	tests := []struct {
		name   string
		target string // id of the node kept whole
		want   string // the ids left in the tree, in order
		text   string // its text
	}{
		{"deep", "main", "page main p1 p2", "A pierbeforeonetwoafter"},
		{"child of body", "page", "page side main p1 p2", "A pierbeforesideonetwoafter"},
		{"a paragraph", "p2", "page main p2", "A pierbeforetwoafter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			shape := mustParse(t, src)
			root := mustParse(t, src)
			if !keepOnly(root, byID(shape, tt.target)) {
				t.Fatal("keepOnly = false on a tree of the same shape")
			}
			if got := strings.Join(ids(root), " "); got != tt.want {
				t.Errorf("ids left = %q, want %q", got, tt.want)
			}
			if got := treeText(root); got != tt.text {
				t.Errorf("text left = %q, want %q", got, tt.text)
			}
			if byID(root, tt.target) == nil || findTag(root, "meta") == nil {
				t.Error("keepOnly removed the node on the path or the head's elements")
			}
		})
	}
	t.Run("a definition list the split rewrote", func(t *testing.T) {
		dl := `<html><body><div id="page"><dl><dt>Pros</dt><dd id="d1">light</dd><dd id="d2">cheap</dd></dl></div></body></html>`
		shape := mustParse(t, dl)
		splitPage(shape, "", false) // the <dd> become <li> under a new <ul>
		root := mustParse(t, dl)
		before := treeText(root)
		li := findTag(shape, "li")
		if li == nil {
			t.Fatal("the split made no list of the definitions")
		}
		if keepOnly(root, li.Parent) { // the new <ul>, where root has the first <dd>
			t.Error("keepOnly = true where the way down has other tags")
		}
		if treeText(root) != before || byID(root, "d1") == nil {
			t.Error("keepOnly changed the tree")
		}
	})
	t.Run("another shape", func(t *testing.T) {
		shape := mustParse(t, src)
		root := mustParse(t, `<html><body><div>only</div></body></html>`)
		before := treeText(root)
		if keepOnly(root, byID(shape, "p2")) {
			t.Error("keepOnly = true on a tree of another shape")
		}
		if treeText(root) != before {
			t.Error("keepOnly changed a tree of another shape")
		}
	})
}

func TestCommonAncestor(t *testing.T) {
	root := mustParse(t, `<html><body><div id="a"><div id="b"><p id="c">x</p></div><p id="d">y</p></div><p id="e">z</p></body></html>`)
	tests := []struct{ a, b, want string }{
		{"c", "d", "a"},
		{"c", "b", "b"},
		{"c", "c", "c"},
		{"d", "e", "<body>"},
	}
	for _, tt := range tests {
		t.Run(tt.a+"+"+tt.b, func(t *testing.T) {
			n := commonAncestor(byID(root, tt.a), byID(root, tt.b))
			got := attr(n, "id")
			if got == "" {
				got = "<" + n.Data + ">"
			}
			if got != tt.want {
				t.Errorf("commonAncestor = %s, want %s", got, tt.want)
			}
		})
	}
}

func byID(root *html.Node, id string) *html.Node {
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && attr(n, "id") == id {
			return n
		}
	}
	return nil
}

func findTag(root *html.Node, tag string) *html.Node {
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.Data == tag {
			return n
		}
	}
	return nil
}

func ids(root *html.Node) []string {
	var out []string
	for n := range root.Descendants() {
		if id := attr(n, "id"); n.Type == html.ElementNode && id != "" {
			out = append(out, id)
		}
	}
	return out
}

func treeText(root *html.Node) string {
	var b strings.Builder
	for n := range root.Descendants() {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
	}
	return b.String()
}
