package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// firstElement parses src and returns its first element inside <body>.
func firstElement(t *testing.T, src string) *html.Node {
	t.Helper()
	root, err := html.Parse(strings.NewReader("<html><body>" + src + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.Parent != nil && n.Parent.Data == "body" {
			return n
		}
	}
	t.Fatalf("no element in %q", src)
	return nil
}

// domCase is one element and whether a DOM rule should drop it.
type domCase struct {
	name string
	src  string
	drop bool
}

func runDOMCases(t *testing.T, rule DOMRule, cases []domCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := rule.Drop(firstElement(t, tc.src)); got != tc.drop {
				t.Errorf("%s.Drop(%s) = %v, want %v", rule.Name, tc.src, got, tc.drop)
			}
		})
	}
}

func TestApplyDOM(t *testing.T) {
	article := strings.Repeat("<p>The council met on Monday to discuss the new bridge over the river.</p>", 4)
	tests := []struct {
		name     string
		body     string
		kept     []string
		gone     []string
		removals int
	}{
		{"menu and footer go", `<nav><a href="/">Home</a></nav><div>` + article + `</div><footer>© Town Paper</footer>`,
			[]string{"new bridge"}, []string{"Home", "Town Paper"}, 2},
		{"wrapper named like chrome keeps the article", `<div class="share">` + article + `</div><div class="related"><a href="/x">Other story</a></div>`,
			[]string{"new bridge"}, []string{"Other story"}, 1},
		{"article element is never removed", `<article class="comments">` + article + `</article>`,
			[]string{"new bridge"}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			removed := ApplyDOM(root, DefaultDOMRules())
			var sb strings.Builder
			if err := html.Render(&sb, root); err != nil {
				t.Fatal(err)
			}
			out := sb.String()
			for _, s := range tt.kept {
				if !strings.Contains(out, s) {
					t.Errorf("%q was removed", s)
				}
			}
			for _, s := range tt.gone {
				if strings.Contains(out, s) {
					t.Errorf("%q was kept", s)
				}
			}
			if len(removed) != tt.removals {
				t.Errorf("got %d removals %v, want %d", len(removed), removed, tt.removals)
			}
		})
	}
}
