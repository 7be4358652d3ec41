package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestIsImageBox(t *testing.T) {
	long := strings.Repeat("The council met on Monday to discuss the bridge. ", 6)
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"image and credit", `<div><img src="a.jpg"><span>Photo: J. Doe / Agency</span></div>`, true},
		{"image and short caption paragraph", `<div><img src="a.jpg"><p>The pier at dusk.</p></div>`, true},
		{"image alone", `<div><picture><img src="a.jpg"></picture></div>`, true},
		{"no image", `<div><span>Photo: J. Doe</span></div>`, false},
		{"image and a long text", `<div><img src="a.jpg"><p>` + long + `</p></div>`, false},
		{"teaser card", `<div><img src="a.jpg"><p><a href="/hay">Hay for horses: what to look for in a good bale</a></p></div>`, true},
		{"image then heading and text", `<div><span>Intro</span><img src="a.jpg"><h2>Costs</h2></div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.src+"</body></html>")
			var div *html.Node
			for n := range root.Descendants() {
				if n.DataAtom == atom.Div {
					div = n
					break
				}
			}
			if got := isImageBox(div); got != tt.want {
				t.Errorf("isImageBox(%s) = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
}

func TestTightenLists(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"nested bullet", "- a\n  \n  - b\n- c", "- a\n  - b\n- c"},
		{"nested number", "1. a\n   \n   1. b", "1. a\n   1. b"},
		{"loose paragraphs stay", "- a\n  \n  second paragraph", "- a\n  \n  second paragraph"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tightenLists(tt.in); got != tt.want {
				t.Errorf("tightenLists(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
