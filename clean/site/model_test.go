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

// TestSiteModelAddCounts checks that a model built from fingerprint counts
// summed in parts prunes as the model built page by page does.
func TestSiteModelAddCounts(t *testing.T) {
	const footer = "Subscribe to the weekly letter from the harbour office."
	var docs []*article.Document
	for i := range 7 {
		blocks := []article.Block{para(fmt.Sprintf("Story %d opens on the quay, before the first ferry.", i)),
			para(fmt.Sprintf("Story %d closes at the lighthouse, after dark.", i))}
		if i%4 != 3 { // the footer on 5 of 7 pages
			blocks = append(blocks, para(footer))
		}
		host := "harbour.example"
		if i == 6 {
			host = "quay.example"
		}
		docs = append(docs, &article.Document{URL: fmt.Sprintf("https://%s/n/%d", host, i), Blocks: blocks})
	}
	tests := []struct {
		name  string
		parts int // the pages are counted in this many parts, then merged
	}{
		{"one part", 1},
		{"two parts", 2},
		{"a part per page", len(docs)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			byAdd := NewModel(DefaultMinPages, DefaultMinShare)
			type counts struct {
				pages int
				fps   map[uint64]int
			}
			parts := make([]map[string]*counts, tt.parts)
			for i, doc := range docs {
				key := Key(doc, "")
				byAdd.Add(key, doc.Blocks)
				part := parts[i%tt.parts]
				if part == nil {
					part = map[string]*counts{}
					parts[i%tt.parts] = part
				}
				c := part[key]
				if c == nil {
					c = &counts{fps: map[uint64]int{}}
					part[key] = c
				}
				c.pages++
				for _, fp := range Fingerprints(key, doc.Blocks) {
					c.fps[fp]++
				}
			}
			merged := map[string]*counts{}
			for _, part := range parts {
				for key, c := range part {
					m := merged[key]
					if m == nil {
						m = &counts{fps: map[uint64]int{}}
						merged[key] = m
					}
					m.pages += c.pages
					for fp, n := range c.fps {
						m.fps[fp] += n
					}
				}
			}
			byCounts := NewModel(DefaultMinPages, DefaultMinShare)
			for key, c := range merged {
				byCounts.AddCounts(key, c.pages, c.fps)
			}
			dropped := 0
			for i, doc := range docs {
				a := &article.Document{URL: doc.URL, Blocks: doc.Blocks}
				b := &article.Document{URL: doc.URL, Blocks: doc.Blocks}
				byAdd.Prune(a, Key(a, ""))
				byCounts.Prune(b, Key(b, ""))
				if len(a.Blocks) != len(b.Blocks) || len(a.Removed) != len(b.Removed) {
					t.Errorf("page %d: %d blocks kept by counts, %d by Add", i, len(b.Blocks), len(a.Blocks))
				}
				dropped += len(b.Removed)
				if byAdd.Learns(Key(a, "")) != byCounts.Learns(Key(b, "")) {
					t.Errorf("page %d: Learns differs", i)
				}
			}
			if dropped != 5 { // the footer, on the 5 pages of harbour.example that have it
				t.Errorf("%d blocks dropped, want 5", dropped)
			}
		})
	}
}
