package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract/internal/textdump"
)

// lexPages returns pages of sites s0, s1, ... in folds 0, 1, ... (folds of
// them), each with a right candidate opening with "headline" and a wrong
// one opening with "photo"; the first page's right one also closes with
// "rare", a word no other page holds.
func lexPages(n, folds int) []page {
	var ps []page
	for i := range n {
		site := "s" + string(rune('0'+i))
		right := []string{"headline", "headline word", "end", "", ""}
		if i == 0 {
			right[2] = "rare"
		}
		p := page{id: site, site: site, kind: kindW3m, want: "t", weight: 1, fold: i % folds}
		p.cands = []cand{
			{idx: []int32{0}, val: []float32{1}, text: "t", pos: true, lex: right},
			{idx: []int32{0}, val: []float32{1}, text: "x", lex: []string{"photo", "photo by", "end", "", ""}},
		}
		ps = append(ps, p)
	}
	return ps
}

// lexWords returns the lexical features of a candidate, from base on.
func lexWords(c *cand, base int) []int32 {
	var out []int32
	for _, j := range c.idx {
		if int(j) >= base {
			out = append(out, j)
		}
	}
	return out
}

func TestAddLex(t *testing.T) {
	spec := lexSpec{buckets: 8, blocks: []bool{true, false, true, false, false}}
	pages := lexPages(3, 3)
	names, groups := addLex(pages, 1, spec)
	if len(names) != 5*8 || len(groups) != len(names) || names[8] != "first-two-words#0" {
		t.Fatalf("names %d (%q...), groups %d", len(names), names[:9], len(groups))
	}
	c := &pages[1].cands[1]
	want := []int32{int32(1 + textdump.LexBucket(0, "photo", 8)), int32(1 + 2*8 + textdump.LexBucket(2, "end", 8))}
	if got := lexWords(c, 1); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("lexical features %v, want %v (first word and last, the blocks used)", got, want)
	}
	if none, _ := addLex(pages, 1, lexSpec{}); none != nil {
		t.Errorf("no buckets: %d names", len(none))
	}
}

func TestLexFoldsLeaveRareWordsOut(t *testing.T) {
	spec := lexSpec{buckets: 64, blocks: []bool{true, true, true, true, true}}
	pages := lexPages(4, 2)
	addLex(pages, 1, spec)
	l := &lexFolds{pages: pages, base: 1, spec: spec, minSites: 2}
	rare := int32(1 + 2*64 + textdump.LexBucket(2, "rare", 64))
	has := func(c *cand) bool {
		for _, j := range lexWords(c, 1) {
			if j == rare {
				return true
			}
		}
		return false
	}
	cases := []struct {
		name string
		fold int
		want bool
	}{
		{"fitted: a word of one site is left out", 1, false},
		{"held out: every word counts", 0, true},
		{"all fitted", -1, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l.prepare(c.fold)
			if got := has(&pages[0].cands[0]); got != c.want {
				t.Errorf("the rare word counts: %v, want %v", got, c.want)
			}
			if n := len(lexWords(&pages[1].cands[0], 1)); n != 3 {
				t.Errorf("a page's common words: %d features, want 3", n)
			}
		})
	}
}

func TestLexPriorKeepsLabelsApart(t *testing.T) {
	spec := lexSpec{buckets: 64, blocks: []bool{true, true, true, true, true}}
	pages := lexPages(6, 3)
	l := &lexPrior{pages: pages, base: 1, spec: spec, m: 1}
	prior := func(c *cand, block int) float64 {
		for q, j := range c.idx {
			if int(j) == 1+block {
				return float64(c.val[q])
			}
		}
		return 0
	}
	l.prepare(0)
	// The rare word stands on page 0 alone, held out: no page's count
	// holds it, so it adds nothing.
	if v := prior(&pages[0].cands[0], 2); v != 0 {
		t.Errorf("held-out page's own word: prior %v, want 0", v)
	}
	// The common words are counted on the other folds: a headline's
	// first word for, a credit's against.
	if v := prior(&pages[0].cands[0], 0); v <= 0 {
		t.Errorf("prior of a headline's first word %v, want > 0", v)
	}
	if v := prior(&pages[1].cands[1], 0); v >= 0 {
		t.Errorf("prior of a credit's first word %v, want < 0", v)
	}
	// The table written adds each bucket's prior times its block's weight.
	w := make([]float64, 1+5)
	w[1] = 2
	tab := l.table(w)
	if len(tab) != 5*64 || tab[textdump.LexBucket(0, "photo", 64)] >= 0 || tab[64+textdump.LexBucket(1, "photo by", 64)] != 0 {
		t.Errorf("table: %d buckets, photo %v, photo by %v", len(tab), tab[textdump.LexBucket(0, "photo", 64)], tab[64+textdump.LexBucket(1, "photo by", 64)])
	}
}

func TestWriteModelLex(t *testing.T) {
	spec := lexSpec{buckets: 10, blocks: []bool{true, false, false, false, true}}
	table := make([]float64, 5*10)
	table[3], table[41] = -0.25, -0.0001
	m := &model{w: []float64{1, 2}}
	path := filepath.Join(t.TempDir(), "w.go")
	if err := writeModel(path, []string{"a", "b"}, m, 1, score{}, toyPages(2), fitOptions{l2: 1e-4, lexL2: 0.03, iters: 10, hinge: true}, treeOptions{}, spec, table); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), path, b, 0); err != nil {
		t.Fatalf("not Go: %v\n%s", err, b)
	}
	s := string(b)
	for _, want := range []string{"var headlineLex = [lexBlocks][]float64{", "0: { // first-word", "0.000, -0.250,", "// 8\n", "4: { // next-first-word", "(L2 0.03)"} {
		if !strings.Contains(s, want) {
			t.Errorf("no %q in\n%s", want, s)
		}
	}
	for _, not := range []string{"-0.000", "// first-two-words"} {
		if strings.Contains(s, not) {
			t.Errorf("%q in\n%s", not, s)
		}
	}
}
