package htmlpage

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// readMetaFormsByDescendants is the reading readPageWalk replaced: each
// element met by root.Descendants() read in turn.
func readMetaFormsByDescendants(root *html.Node) (pageMeta, pageForm) {
	r := &metaReader{raw: map[string]string{}}
	for n := range root.Descendants() {
		if n.Type == html.ElementNode {
			r.element(n)
		}
	}
	r.m.dates = r.raw
	r.m.date, r.m.dateFrom = pickDate(r.raw)
	return r.m, r.form
}

// TestReadPageWalk holds the one walk of readPage to the walks it
// replaced, on the fixtures, a spread of the corpus and pages made to
// test its edges: the metadata and forms that reading each element of
// root.Descendants() gives, and a bound of textBound's.
func TestReadPageWalk(t *testing.T) {
	pages := speedPages(t)
	for name, src := range map[string]string{
		"text in skipped elements": `<html><head><title>T</title><script>var a = "x";</script></head><body><p> one </p><svg><title>icon</title><text>two</text></svg><noscript><p>three</p></noscript><button>Go</button><p>four<span itemprop="datePublished" content="2021-03-04">x</span></p></body></html>`,
		"meta in the body":         `<html><body><h1>Headline</h1><meta property="og:title" content="Og"><meta name="description" content="A description"><time datetime="2020-01-02">2 Jan</time><input type="text"><label>Name</label></body></html>`,
		"empty":                    ``,
		"text only":                `just   text`,
	} {
		root, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		pages[name] = root
	}
	for name, root := range pages {
		t.Run(name, func(t *testing.T) {
			r := readPageWalk(root)
			wantMeta, wantForm := readMetaFormsByDescendants(root)
			if !reflect.DeepEqual(r.m, wantMeta) {
				t.Errorf("meta %+v, want %+v", r.m, wantMeta)
			}
			if !reflect.DeepEqual(r.form, wantForm) {
				t.Errorf("form %+v, want %+v", r.form, wantForm)
			}
			if least := textBound(root); r.bound < least {
				t.Errorf("bound %d, want at least textBound's %d", r.bound, least)
			}
		})
	}
}
