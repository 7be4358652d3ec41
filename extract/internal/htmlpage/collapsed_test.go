package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// collapsedText must give what collapse(textOf(n)) gives, on valid text
// and on bytes that are not UTF-8, split across nodes or not.
func TestCollapsedTextMatchesTextOf(t *testing.T) {
	tests := map[string]string{
		"paragraphs":          "<div><p>One  two</p>\n<p> three\tfour </p></div>",
		"script and style":    "<div>Before<script>var x = 1;</script><style>p{}</style> after</div>",
		"no-break spaces":     "<div>\u00a0a\u00a0 <b>b</b>\u2028</div>",
		"empty":               "<div> \n </div>",
		"invalid byte":        "<div>caf\xe9 <i>au</i>  lait</div>",
		"rune split by a tag": "<div>quote \xe2\x80<b>\x9c</b> end</div>",
		"clean invalid byte":  "<div>caf\xe9</div>",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			var div *html.Node
			for n := range root.Descendants() {
				if n.Type == html.ElementNode && n.Data == "div" {
					div = n
					break
				}
			}
			if got, want := collapsedText(div), collapse(textOf(div)); got != want {
				t.Errorf("collapsedText = %q, want %q", got, want)
			}
		})
	}
}
