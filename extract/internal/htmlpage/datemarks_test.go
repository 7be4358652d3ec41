package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// markedAs is what dateMarks answers bit by bit: whether n's class or
// itemprop holds one of marks.
func markedAs(n *html.Node, marks map[string]bool) bool {
	return hasWord(n, marks) || marks[strings.ToLower(attr(n, "itemprop"))]
}

// checkDateMarks compares dateMarks with hasWord and markedAs, each word
// list on its own, for an element of class and itemprop.
func checkDateMarks(t *testing.T, class, prop string) {
	n := &html.Node{Type: html.ElementNode, Data: "span", Attr: []html.Attribute{{Key: "class", Val: class}, {Key: "itemprop", Val: prop}}}
	got := dateMarks(n)
	want := map[uint8]bool{
		markDate:      hasWord(n, dateWords),
		markUpdate:    markedAs(n, updateMarks),
		markPublished: markedAs(n, publishedMarks),
	}
	for bit, w := range want {
		if got&bit != 0 != w {
			t.Errorf("class %q itemprop %q: mark %d = %v, want %v", class, prop, bit, got&bit != 0, w)
		}
	}
}

func TestDateMarks(t *testing.T) {
	tests := map[string][2]string{
		"date class":          {"post-date entry-meta", ""},
		"upper case":          {"Post-Date Published", ""},
		"modifier cut":        {"meta--date", ""},
		"update class":        {"date updated", ""},
		"published itemprop":  {"", "datePublished"},
		"modified itemprop":   {"x", "dateModified"},
		"no marks":            {"byline author", "author"},
		"words split by dots": {"time.stamp pubdate_x", ""},
		"non-ASCII class":     {"Ünterzeile Datum DATE", "DATEPUBLISHED"},
		"empty":               {"", ""},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) { checkDateMarks(t, tc[0], tc[1]) })
	}
}

func FuzzDateMarks(f *testing.F) {
	f.Add("post-date updated", "datePublished")
	f.Add("Meta--Date", "")
	f.Fuzz(func(t *testing.T, class, prop string) { checkDateMarks(t, class, prop) })
}
