package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestMarkBrokenTables(t *testing.T) {
	row := func(cells ...string) string {
		return "<tr><td>" + strings.Join(cells, "</td><td>") + "</td></tr>"
	}
	tests := []struct {
		name string
		src  string
		want []bool // per table, in document order: marked
	}{
		{"break between words", `<table>` + row("Opening hours<br>Mon to Fri", "9 to 5") + `</table>`, []bool{true}},
		{"break inside a link and emphasis", `<table>` + row(`<a href="/x"><b>Clutch</b><br>gearbox</a>`, "2") + `</table>`, []bool{true}},
		{"break in a paragraph of the cell", `<table>` + row(`<p><span>Module</span></p><p><br>three</p>`) + `</table>`, []bool{true}},
		{"break at the end of a cell", `<table>` + row("Brakes<br>", "4") + `</table>`, []bool{false}},
		{"break at the start of a cell", `<table>` + row("<br>Steering", "4") + `</table>`, []bool{false}},
		{"break between spaces only", `<table>` + row("Axle &nbsp;<br> ", "5") + `</table>`, []bool{false}},
		{"break inside code", `<table>` + row("<code>make<br>all</code>", "6") + `</table>`, []bool{false}},
		{"no break", `<table>` + row("Wheels", "7") + row("Tyres", "8") + `</table>`, []bool{false}},
		{"table with a role of its own", `<table role="grid">` + row("Opening hours<br>Mon to Fri") + `</table>`, []bool{false}},
		{"break in a nested table only", `<table><tr><td><table>` + row("Oil<br>filter") + `</table></td></tr></table>`, []bool{false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := bodyOf(mustParse(t, "<html><body><div>"+tt.src+"</div></body></html>"))
			plain, marked := cloneNode(body), cloneNode(body)
			markBrokenTables(marked)
			var got []bool
			for n := range marked.Descendants() {
				if n.DataAtom == atom.Table {
					got = append(got, attr(n, "role") == "presentation")
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d tables, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("table %d marked = %v, want %v", i, got[i], tt.want[i])
				}
			}
			// The mark only spares the converter work: the Markdown is
			// the same.
			if a, b := convert(plain, ""), convert(marked, ""); a != b {
				t.Errorf("Markdown changed by the mark:\n%q\nwant\n%q", b, a)
			}
		})
	}
}

// bodyOf returns the body element under root.
func bodyOf(root *html.Node) *html.Node {
	for n := range root.Descendants() {
		if n.DataAtom == atom.Body {
			return n
		}
	}
	return root
}
