package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormTitle(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"case and spaces", "  Harbour  Town\tVotes ", "harbour town votes"},
		{"no-break space", "Votes\u00a0today", "votes today"},
		{"soft hyphen", "Hafen\u00adstadt", "hafenstadt"},
		{"quotes at both ends", "„Wir bleiben“", "„wir bleiben"},
		{"sharp s folds as casefold does", "Straße", "strasse"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := normTitle(c.in); got != c.want {
				t.Errorf("normTitle(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestHostOf(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"www dropped", "https://www.example.org/a/b", "example.org"},
		{"port dropped", "http://news.example.com:8080/x", "news.example.com"},
		{"no URL", "hard::label", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := hostOf(c.in); got != c.want {
				t.Errorf("hostOf(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// toyPages builds pages of three candidates each, whose right candidate
// is the one with feature 0 set; feature 1 is set on a wrong one.
func toyPages(n int) []page {
	var ps []page
	for i := range n {
		p := page{id: string(rune('a' + i%26)), site: string(rune('a' + i%26)), kind: kindW3m, want: "t", weight: 1}
		p.cands = []cand{
			{idx: []int32{1}, val: []float32{1}, text: "decoy"},
			{idx: []int32{0, 1}, val: []float32{1, 1}, text: "t", pos: true},
			{idx: []int32{2}, val: []float32{1}, text: "other"},
		}
		ps = append(ps, p)
	}
	return ps
}

func TestFitLearnsTheSignal(t *testing.T) {
	for _, hinge := range []bool{false, true} {
		name := map[bool]string{false: "logit", true: "hinge"}[hinge]
		t.Run(name, func(t *testing.T) {
			pages := toyPages(30)
			w := fit(pages, 3, nil, fitOptions{l2: 1e-3, iters: 200, hinge: hinge}, nil)
			if w[0] <= 0 {
				t.Errorf("weight of the signal = %v, want > 0", w[0])
			}
			if s := accuracy(pages, w, nil); s.acc(kindW3m) != 1 {
				t.Errorf("accuracy = %v, want 1", s.acc(kindW3m))
			}
			off := []bool{true, false, false}
			w = fit(pages, 3, off, fitOptions{l2: 1e-3, iters: 200, hinge: hinge}, nil)
			if w[0] != 0 {
				t.Errorf("weight of a feature left off = %v, want 0", w[0])
			}
		})
	}
}

func TestCrossValidateHoldsOut(t *testing.T) {
	pages := toyPages(40)
	for i := range pages {
		pages[i].fold = foldOf(pages[i].site, 5)
	}
	s, pred, ws := crossValidate(pages, 3, 5, nil, fitOptions{l2: 1e-3, iters: 100}, nil)
	if len(ws) != 5 || len(pred) != len(pages) {
		t.Fatalf("%d fold weights, %d picks", len(ws), len(pred))
	}
	if s[kindW3m][1] != len(pages) {
		t.Errorf("%d pages scored, want %d", s[kindW3m][1], len(pages))
	}
}

func TestFoldOfIsStable(t *testing.T) {
	if foldOf("example.org", 5) != foldOf("example.org", 5) {
		t.Error("a site moved between folds")
	}
	seen := map[int]bool{}
	for _, s := range []string{"a.org", "b.org", "c.org", "d.org", "e.org", "f.org", "g.org", "h.org", "i.org", "j.org"} {
		f := foldOf(s, 5)
		if f < 0 || f >= 5 {
			t.Fatalf("fold %d out of range", f)
		}
		seen[f] = true
	}
	if len(seen) < 3 {
		t.Errorf("ten sites fill only %d folds", len(seen))
	}
}

func TestWriteWeights(t *testing.T) {
	path := filepath.Join(t.TempDir(), "w.go")
	names := []string{"distance", "overlap"}
	cv := score{kindW3m: {8, 10}}
	if err := writeWeights(path, names, []float64{-1.5, 2}, cv, toyPages(2), fitOptions{l2: 1e-4, iters: 10, hinge: true}); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), path, b, 0); err != nil {
		t.Fatalf("not Go: %v\n%s", err, b)
	}
	for _, want := range []string{"DO NOT EDIT", "go run ./extract/internal/textdump/train -write", "-1.500, // distance", `"overlap"`, "w3m 0.800"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the weights file lacks %q:\n%s", want, b)
		}
	}
}

// TestReadPageOnCorpus reads a few pages of the snippet corpus when it is
// there, and checks that their candidates are labelled.
func TestReadPageOnCorpus(t *testing.T) {
	root, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(filepath.Dir(root), "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus", "cases.json")); err != nil {
		t.Skip("no ../shared/corpus")
	}
	srcs, err := snippetSources(shared)
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for _, s := range srcs[:30] {
		if s.kind != kindW3m {
			continue
		}
		p, err := readPage(s)
		if err != nil {
			t.Fatalf("%s: %v", s.id, err)
		}
		if p.reachable() {
			right++
		}
	}
	if right < 5 {
		t.Errorf("only %d of 10 w3m pages have their title among the candidates", right)
	}
}
