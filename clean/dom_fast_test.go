package clean

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// nodeText folds as it goes; nodeTextCopy folds a copy with lang.Collapse,
// the reading it is held to.
func checkNodeText(t *testing.T, page string, max int) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Skip()
	}
	for n := range root.Descendants() {
		if got, want := nodeText(n, max), nodeTextCopy(n, max); got != want {
			t.Fatalf("nodeText(<%s>, %d) = %q, want %q", n.Data, max, got, want)
		}
	}
}

func TestNodeText(t *testing.T) {
	long := strings.Repeat("word  ", 120)
	tests := map[string]string{
		"paragraphs":          "<div><p>One  two</p>\n<p> three\tfour </p></div>",
		"long text":           "<div><p>" + long + "</p><p>" + long + "</p></div>",
		"white space runs":    "<div>" + strings.Repeat(" \n\t ", 200) + "<b>late</b></div>",
		"cut in a character":  "<div>" + strings.Repeat("ä", 150) + "</div>",
		"no-break spaces":     "<div>\u00a0a\u00a0 <b>b</b>\u2028 " + strings.Repeat("ü ", 90) + "</div>",
		"invalid byte":        "<div>caf\xe9 <i>au</i>  lait " + long + "</div>",
		"rune split by a tag": "<div>quote \xe2\x80<b>\x9c</b> end</div>",
		"script text":         "<div><script>var a = '" + long + "';</script>after</div>",
		"empty":               "<div> \n </div>",
	}
	for name, page := range tests {
		t.Run(name, func(t *testing.T) {
			for _, max := range []int{0, 1, 5, 200, 10000} {
				checkNodeText(t, page, max)
			}
		})
	}
}

func FuzzNodeText(f *testing.F) {
	f.Add("<div><p>One  two</p>\n<p> three\tfour </p></div>", 5)
	f.Add("<div>caf\xe9 <i>au</i>  lait</div>", 3)
	f.Add("<div>\u00a0a\u00a0 <b>b</b>\u2028</div>", 2)
	f.Fuzz(func(t *testing.T, page string, max int) {
		if max < 0 || max > 1000 {
			return
		}
		checkNodeText(t, page, max)
	})
}

// mapSizes is measure as it was: the sizes in a map by element, nothing
// recorded below a script or a style.
func mapSizes(root *html.Node) map[*html.Node][2]int {
	m := map[*html.Node][2]int{}
	var walk func(n *html.Node, inPara bool) (int, int)
	walk = func(n *html.Node, inPara bool) (text, para int) {
		if n.Type == html.TextNode {
			t := len(strings.TrimSpace(n.Data))
			if inPara {
				return t, t
			}
			return t, 0
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return 0, 0
		}
		if n.DataAtom == atom.P {
			inPara = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, p := walk(c, inPara)
			text += t
			para += p
		}
		if n.Type == html.ElementNode {
			m[n] = [2]int{text, para}
		}
		return text, para
	}
	walk(root, false)
	return m
}

// TestMeasureOrder checks that measure lists every element in the order
// of a walk, with the sizes the map of before gave it and the count of
// the elements in its tree.
func TestMeasureOrder(t *testing.T) {
	page := `<html><head><title>T</title><style>p{}</style></head><body>
<div class="a"><p>One <b>two</b> three</p><script>var x;</script>
<svg><style><g>inside</g></style></svg><ul><li>a</li><li>b <i>c</i></li></ul></div>
<p>Last paragraph</p></body></html>`
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	sz := measure(root)
	want := mapSizes(root)
	var order []*html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode {
			order = append(order, n)
		}
	}
	if len(sz.of) != len(order) {
		t.Fatalf("measure recorded %d elements, want %d", len(sz.of), len(order))
	}
	for i, n := range order {
		got := sz.of[i]
		if w := want[n]; got.text != w[0] || got.para != w[1] {
			t.Errorf("element %d <%s>: sizes %d, %d, want %d, %d", i, n.Data, got.text, got.para, w[0], w[1])
		}
		below := 0
		for d := range n.Descendants() {
			if d.Type == html.ElementNode {
				below++
			}
		}
		if got.elements != below+1 {
			t.Errorf("element %d <%s>: %d elements, want %d", i, n.Data, got.elements, below+1)
		}
	}
}

// TestApplyDOMFromElement checks that ApplyDOM removes the same elements
// whether given the document or its body: the sizes are looked up by the
// order of the walk, which starts below the root.
func TestApplyDOMFromElement(t *testing.T) {
	page := `<html><body><div class="share">Share this</div>
<div class="sidebar"><p>` + strings.Repeat("Long running text of the article. ", 40) + `</p></div>
<nav>Menu</nav><p>Short</p><aside><p>Box</p></aside><div class="related"><a href="/x">Other</a></div></body></html>`
	removals := func(fromBody bool) []string {
		root, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		start := root
		if fromBody {
			for n := range root.Descendants() {
				if n.DataAtom == atom.Body {
					start = n
				}
			}
		}
		var out []string
		for _, r := range ApplyDOM(start, DefaultDOMRules()) {
			out = append(out, r.Rule+": "+r.Text)
		}
		return out
	}
	doc, body := removals(false), removals(true)
	if strings.Join(doc, "\n") != strings.Join(body, "\n") || len(doc) != 4 {
		t.Errorf("removed from the document %q, from the body %q (want 4)", doc, body)
	}
}

// mapChromeWord is chromeWord as it was, a look-up in each word list.
func mapChromeWord(name string) (string, bool) {
	if name == "" {
		return "", false
	}
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	found := ""
	for w := range lang.AlnumWords(strings.ToLower(name)) {
		if relationWords[w] {
			return "", false
		}
		if chromeWords[w] {
			found = w
		}
	}
	return found, found != ""
}

func checkChromeWord(t *testing.T, name string) {
	w, ok := chromeWord(name)
	ww, wok := mapChromeWord(name)
	if w != ww || ok != wok {
		t.Errorf("chromeWord(%q) = %q, %v, want %q, %v", name, w, ok, ww, wok)
	}
}

func TestChromeWordKinds(t *testing.T) {
	names := []string{"share-bar", "no-share", "Sidebar", "sidebar-off", "section--ads", "category-social",
		"entry-content", "related_posts", "has-comments", "social-share-wrapper", "", "--", "tag-cloud",
		"SHARE-bar", "Wp-Block-Group", "\u212aommentar-list", "caf\u00e9-related", "x\xffads", "col-md-6"}
	for w := range chromeWords {
		names = append(names, w, "x-"+w, w+"-wrapper")
	}
	for w := range relationWords {
		names = append(names, w+"-share", w)
	}
	for _, name := range names {
		checkChromeWord(t, name)
	}
}

func FuzzChromeWord(f *testing.F) {
	f.Add("share-bar")
	f.Add("no-sidebar--x")
	f.Add("\u212aommentar-Box")
	f.Fuzz(func(t *testing.T, name string) { checkChromeWord(t, name) })
}

// benchClassNames are class names and ids of the kinds pages use, most of
// them no chrome.
var benchClassNames = []string{
	"wp-block-group", "has-text-align-center", "col-md-6", "container", "entry-content",
	"site-header", "post-1234", "type-post", "status-publish", "format-standard",
	"share-bar", "related-posts", "c-article__body", "js-lazy-image", "Grid__Item",
	"sidebar-widget", "no-comments", "section--ads", "mt-4", "text-gray-700",
}

func BenchmarkChromeWord(b *testing.B) {
	for b.Loop() {
		for _, name := range benchClassNames {
			chromeWord(name)
		}
	}
}

// TestClassWordTable holds the tables of classWordKinds and creditWords to
// the maps: every word of them, and words near them that are not.
func TestClassWordTable(t *testing.T) {
	tests := []struct {
		name  string
		words func(w string) []string
	}{
		{"words", func(w string) []string { return []string{w} }},
		{"near", func(w string) []string {
			return []string{w + "s", w[1:] + "x", w[:len(w)-1], "x" + w, w + w, strings.ToUpper(w)}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for w := range classWordKinds {
				for _, v := range tt.words(w) {
					if v == "" {
						continue
					}
					if got, want := classWordTable.kind(v), classWordKinds[v]; got != want {
						t.Errorf("classWordTable.kind(%q) = %d, want %d", v, got, want)
					}
				}
			}
		})
	}
	for w := range creditWords {
		for _, v := range []string{w, w + "s", w[1:], "x" + w, w[:len(w)-1]} {
			if got, want := creditTable.kind(v) != 0, creditWords[v]; got != want {
				t.Errorf("creditTable.kind(%q) != 0 is %v, want %v", v, got, want)
			}
		}
		for v := range classWordKinds {
			if got, want := creditTable.kind(v) != 0, creditWords[v]; got != want {
				t.Errorf("creditTable.kind(%q) != 0 is %v, want %v", v, got, want)
			}
		}
	}
	probes := 0
	for w := range classWordKinds {
		for i := wordHash(w); classWordTable[i].word != w; i = (i + 1) % wordTableSize {
			probes++
		}
	}
	t.Logf("%d words, %d extra probes", len(classWordKinds), probes)
}

func FuzzClassWordTable(f *testing.F) {
	f.Add("share")
	f.Add("sidebars")
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" {
			return
		}
		if got, want := classWordTable.kind(w), classWordKinds[w]; got != want {
			t.Errorf("classWordTable.kind(%q) = %d, want %d", w, got, want)
		}
		if got, want := creditTable.kind(w) != 0, creditWords[w]; got != want {
			t.Errorf("creditTable.kind(%q) != 0 is %v, want %v", w, got, want)
		}
	})
}

// oldHidingStyle is hidingStyle as it was, on strings alone.
func oldHidingStyle(style string) bool {
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func TestHidingStyle(t *testing.T) {
	tests := []struct {
		name  string
		style string
		want  bool
	}{
		{"display none", "display: none", true},
		{"upper case", "DISPLAY : NONE;color:red", true},
		{"visibility", "color:red; visibility : Hidden", true},
		{"shown", "display:block", false},
		{"tab between", "display:\tnone", false},
		{"non-ASCII", "font-family:\"Café\"; display: none", true},
		{"long", strings.Repeat("color:red;", 30) + "display:none", true},
		{"long shown", strings.Repeat("color:red;", 30), false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hidingStyle(tt.style); got != tt.want || got != oldHidingStyle(tt.style) {
				t.Errorf("hidingStyle(%q) = %v, want %v (old reading %v)", tt.style, got, tt.want, oldHidingStyle(tt.style))
			}
		})
	}
}

func FuzzHidingStyle(f *testing.F) {
	f.Add("display: None")
	f.Add("VISIBILITY:hidden")
	f.Add("\u212a display:none")
	f.Fuzz(func(t *testing.T, style string) {
		if got, want := hidingStyle(style), oldHidingStyle(style); got != want {
			t.Errorf("hidingStyle(%q) = %v, want %v", style, got, want)
		}
	})
}
