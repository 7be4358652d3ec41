package site

import (
	"fmt"
	"testing"

	"github.com/pare-dev/pare/article"
)

func para(s string) article.Block { return article.Block{Kind: article.Paragraph, Text: s, Plain: s} }

// TestSiteModelPrune checks which blocks the learned rule drops.
func TestSiteModelPrune(t *testing.T) {
	const footer = "Comments are moderated and appear after review."
	// pages returns n pages of one site, the footer on the first withFooter.
	pages := func(n, withFooter int) [][]article.Block {
		var ps [][]article.Block
		for i := range n {
			p := []article.Block{para(fmt.Sprintf("Story %d begins with a long walk through the orchard.", i)),
				para(fmt.Sprintf("Story %d ends by the pond, where the ducks wait.", i))}
			if i < withFooter {
				p = append(p, para(footer))
			}
			ps = append(ps, p)
		}
		return ps
	}
	tests := []struct {
		name      string
		pages     [][]article.Block
		otherSite bool // judge a page of another site
		wantDrop  bool
	}{
		{"on every page", pages(5, 5), false, true},
		{"on half the pages", pages(6, 3), false, true},
		{"on too small a share", pages(10, 3), false, false},
		{"too few pages", pages(2, 2), false, false},
		{"other site", pages(5, 5), true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewModel(DefaultMinPages, DefaultMinShare)
			for _, p := range tt.pages {
				m.Add("gardens.example", p)
			}
			site := "gardens.example"
			if tt.otherSite {
				site = "kitchen.example"
			}
			doc := &article.Document{Blocks: append([]article.Block{}, tt.pages[0]...)}
			m.Prune(doc, site)
			dropped := len(doc.Blocks) == 2 && len(doc.Removed) == 1 && doc.Removed[0].Rule == RuleName
			if dropped != tt.wantDrop {
				t.Errorf("footer dropped %v, want %v; blocks %v", dropped, tt.wantDrop, doc.Blocks)
			}
		})
	}
}

// TestSiteModelCopies checks that pages that are copies of one another are
// left whole: their text recurs, but it is the article.
func TestSiteModelCopies(t *testing.T) {
	m := NewModel(DefaultMinPages, DefaultMinShare)
	page := []article.Block{para("The same story, saved three times."), para("Its second paragraph, saved three times too.")}
	for range 3 {
		m.Add("gardens.example", page)
	}
	doc := &article.Document{Blocks: append([]article.Block{}, page...)}
	m.Prune(doc, "gardens.example")
	if len(doc.Blocks) != 2 || len(doc.Removed) != 0 {
		t.Errorf("blocks %v, removed %v", doc.Blocks, doc.Removed)
	}
}

// TestSiteKey checks how pages are grouped into sites.
func TestSiteKey(t *testing.T) {
	tests := []struct{ url, dir, want string }{
		{"https://www.Gardens.example/a", "in", "gardens.example"},
		{"https://gardens.example/b", "in", "gardens.example"},
		{"https://web.archive.org/web/20160101000000/http://www.gardens.example/c", "in", "gardens.example"},
		{"", "in/blog", "dir:in/blog"},
		{"not a url", "in", "dir:in"},
	}
	for _, tt := range tests {
		t.Run(tt.url+tt.dir, func(t *testing.T) {
			if got := Key(&article.Document{URL: tt.url}, tt.dir); got != tt.want {
				t.Errorf("Key = %q, want %q", got, tt.want)
			}
		})
	}
}

func heading(s string) article.Block {
	return article.Block{Kind: article.Heading, Level: 2, Text: s, Plain: s}
}

// TestSiteModelHeadings checks that a recurring heading goes only with its
// section.
func TestSiteModelHeadings(t *testing.T) {
	tests := []struct {
		name     string
		section  func(i int) []article.Block // page i's section under the heading
		wantKept bool
	}{
		{"section of its own", func(i int) []article.Block {
			return []article.Block{heading("Ingredients"), para(fmt.Sprintf("%d apples, %d pears and a lemon.", i+2, i+3))}
		}, true},
		{"recurring section", func(int) []article.Block {
			return []article.Block{heading("Newsletter"), para("Sign up for the weekly letter.")}
		}, false},
		{"empty section", func(int) []article.Block {
			return []article.Block{heading("Share this")}
		}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := NewModel(DefaultMinPages, DefaultMinShare)
			var pages [][]article.Block
			for i := range 4 {
				p := []article.Block{para(fmt.Sprintf("Recipe %d starts with a walk to the market for fruit.", i)),
					para(fmt.Sprintf("Recipe %d goes on with a long story about the orchard.", i))}
				p = append(p, tt.section(i)...)
				pages = append(pages, p)
				m.Add("recipes.example", p)
			}
			doc := &article.Document{Blocks: pages[0]}
			m.Prune(doc, "recipes.example")
			kept := false
			for _, b := range doc.Blocks {
				if b.Kind == article.Heading {
					kept = true
				}
			}
			if kept != tt.wantKept {
				t.Errorf("heading kept %v, want %v: %v", kept, tt.wantKept, doc.Blocks)
			}
		})
	}
}
