package htmlpage

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestFindLead(t *testing.T) {
	lead := "The council voted on Thursday to rebuild the old ferry pier, ending years of debate."
	tests := []struct {
		name string
		body string
		want string // "" for no lead
	}{
		{"standfirst under headline", `<div><h1>Pier to be rebuilt</h1><p class="article-standfirst">` + lead + `</p></div><div><p>Body.</p></div>`, lead},
		{"german Vorspann", `<header><h1>Neue Radwege</h1><div class="vorspann">` + lead + `</div></header>`, lead},
		{"before the headline", `<p class="intro">` + lead + `</p><h1>Pier to be rebuilt</h1>`, ""},
		{"too short", `<h1>Pier</h1><p class="lead">Short.</p>`, ""},
		{"teaser in a list", `<h1>Pier</h1><ul><li class="teaser">` + lead + `</li></ul>`, ""},
		{"no headline", `<p class="lead">` + lead + `</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if n := findLead(root); n != nil {
				got = collapse(textOf(n))
			}
			if got != tt.want {
				t.Errorf("findLead = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestWithLead(t *testing.T) {
	leadText := "The council voted on Thursday to rebuild the old ferry pier, ending years of debate."
	lead, err := html.Parse(strings.NewReader(`<p class="lead">` + leadText + `</p>`))
	if err != nil {
		t.Fatal(err)
	}
	body := htmlBlocks(mustParse(t, `<p>Work starts in autumn and takes eighteen months.</p>`), "", false)
	t.Run("missing lead is put first", func(t *testing.T) {
		got := withLead(body, lead, "", false)
		if len(got) != 2 || got[0].Plain != leadText {
			t.Errorf("blocks = %+v, want the lead then the body", got)
		}
	})
	t.Run("lead already in the body is not repeated", func(t *testing.T) {
		withIt := htmlBlocks(mustParse(t, `<p>`+leadText+`</p><p>More.</p>`), "", false)
		if got := withLead(withIt, lead, "", false); len(got) != 2 {
			t.Errorf("got %d blocks, want 2", len(got))
		}
	})
}

func mustParse(t *testing.T, src string) *html.Node {
	t.Helper()
	n, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestDescriptionLead(t *testing.T) {
	desc := "The council voted on Thursday to rebuild the old ferry pier, ending years of debate in the town."
	tests := []struct {
		name  string
		body  string
		shown bool
	}{
		{"teaser shown under headline", `<h1>Pier</h1><div class="x">` + desc + `</div>`, true},
		{"only in metadata", `<h1>Pier</h1><p>Other text.</p>`, false},
		{"across elements", `<p>The council voted on <b>Thursday</b> to rebuild the old ferry pier, ending years</p>`, true},
		{"across lines", "<p>The council voted on\n   Thursday to rebuild the old ferry pier, ending years</p>", true},
		{"cut short in the page", `<p>The council voted on Thursday</p>`, false},
		{"the words apart", `<p>The council voted on</p><p>a Thursday to rebuild the old ferry pier, ending years</p>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, `<html><head><meta name="description" content="`+desc+`"></head><body>`+tt.body+`</body></html>`)
			if got := descriptionShown(root, desc); got != tt.shown {
				t.Errorf("descriptionShown = %v, want %v", got, tt.shown)
			}
		})
	}
	for _, tt := range []struct {
		name, p string
		plain   bool
	}{
		{"words and spaces", "The council voted", true},
		{"leading space", " The council", false},
		{"trailing space", "The council ", false},
		{"two spaces", "The  council", false},
		{"a line break", "The\ncouncil", false},
		{"a no-break space", "The\u00a0council", false},
		{"invalid UTF-8", "The \xffcouncil", false},
	} {
		t.Run("plain probe: "+tt.name, func(t *testing.T) {
			if got := plainProbe(tt.p); got != tt.plain {
				t.Errorf("plainProbe(%q) = %v, want %v", tt.p, got, tt.plain)
			}
		})
	}
	t.Run("short description is no lead", func(t *testing.T) {
		root := mustParse(t, `<html><body><p>Short one.</p></body></html>`)
		if descriptionShown(root, "Short one.") {
			t.Errorf("a short description was taken as a lead")
		}
	})
	body := htmlBlocks(mustParse(t, `<p>Work starts in autumn.</p>`), "", false)
	t.Run("missing description put first", func(t *testing.T) {
		got := withDescription(body, desc)
		if len(got) != 2 || got[0].Plain != desc {
			t.Errorf("blocks = %+v", got)
		}
	})
	t.Run("description in the body not repeated", func(t *testing.T) {
		withIt := htmlBlocks(mustParse(t, `<p>`+desc+`</p>`), "", false)
		if got := withDescription(withIt, desc); len(got) != 1 {
			t.Errorf("got %d blocks, want 1", len(got))
		}
	})
}

// TestDescriptionShownWindows holds descriptionShown, which searches the
// body's text a window at a time, to a search of the body's whole folded
// text, with the description at every place of a long body: inside one
// text node, across elements, across the windows' edges, or not there.
func TestDescriptionShownWindows(t *testing.T) {
	desc := "The council voted on Thursday to rebuild the pier, and the work is due to begin in the autumn."
	para := "<p>Filler text of a paragraph that says little, \n\t with  runs of white space and <b>bold</b> words.</p>\n"
	split := strings.Replace(desc, "rebuild the", "rebuild <i>the</i>\n", 1)
	// The first window's edge lies at about the 96th paragraph: padding of
	// every length up to a paragraph's puts it at every place of the
	// description.
	for pad := 0; pad <= 90; pad += 3 {
		for _, pos := range []int{94, 95, 96} {
			for name, shown := range map[string]string{"whole": desc, "split": split, "absent": "Nothing of it."} {
				t.Run(fmt.Sprintf("%s at %d after %d bytes", name, pos, pad), func(t *testing.T) {
					var sb strings.Builder
					sb.WriteString("<html><body><p>" + strings.Repeat("x", pad) + "</p>")
					for i := 0; i < 120; i++ {
						if i == pos {
							sb.WriteString("<div>" + shown + "</div>")
						}
						sb.WriteString(para)
					}
					sb.WriteString("</body></html>")
					root := mustParse(t, sb.String())
					var body *html.Node
					for n := range root.Descendants() {
						if n.DataAtom == atom.Body {
							body = n
						}
					}
					want := strings.Contains(collapsedText(body), probe(desc))
					if got := descriptionShown(root, desc); got != want {
						t.Errorf("descriptionShown = %v, want %v", got, want)
					}
					if name != "absent" && !want {
						t.Errorf("the page does not show the description")
					}
				})
			}
		}
	}
}
