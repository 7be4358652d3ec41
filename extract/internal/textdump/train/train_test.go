package main

import (
	"bytes"
	"fmt"
	"go/parser"
	"go/token"
	"math"
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

func TestWriteModel(t *testing.T) {
	names := []string{"distance", "overlap"}
	cv := score{kindW3m: {8, 10}}
	m := &model{w: []float64{-1.5, 2}, trees: []tree{
		{feat: []int{1}, cut: []float64{0.5}, val: []float64{0.01, -0.2, 0.3}},
		{feat: []int{0}, cut: []float64{noCut}, val: []float64{0, 0, 0}},
	}}
	path := filepath.Join(t.TempDir(), "w.go")
	if err := writeModel(path, names, m, 1, cv, toyPages(2), fitOptions{l2: 1e-4, iters: 10, hinge: true}, treeOptions{shrink: 0.1, lambda: 1}, lexSpec{}, nil); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), path, b, 0); err != nil {
		t.Fatalf("not Go: %v\n%s", err, b)
	}
	for _, want := range []string{"DO NOT EDIT", "go run ./extract/internal/textdump/train -write", "-1.500, // distance", `"overlap"`, "w3m 0.800",
		"const headTreeDepth = 1", "// overlap\n\t{[...]uint16{1}, [...]float32{0.5}, [...]float64{0.01, -0.2, 0.3}},\n",
		"[...]float32{3.4028235e+38}"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("the model file lacks %q:\n%s", want, b)
		}
	}
}

// xorPages builds pages of two shapes. On one, the right candidate has
// feature 0 set, its decoys both features 0 and 1 or neither; on the
// other, the right one has feature 1 set, its decoy neither. No linear
// score ranks the right one first on every page (feature 1 must count
// against on the first shape and for on the second); a tree of depth 2
// does.
func xorPages(n int) []page {
	var ps []page
	for i := range n {
		p := page{id: fmt.Sprint(i), site: fmt.Sprint(i), kind: kindW3m, want: "t", weight: 1}
		right := cand{idx: []int32{int32(i % 2)}, val: []float32{1}, text: "t", pos: true}
		if i%3 == 0 {
			right.idx = append(right.idx, 2) // a feature of no use
			right.val = append(right.val, float32(i%7))
		}
		p.cands = []cand{{text: "neither"}, right}
		if i%2 == 0 {
			p.cands = append(p.cands, cand{idx: []int32{0, 1}, val: []float32{1, 1}, text: "both"})
		}
		ps = append(ps, p)
	}
	return ps
}

func TestBoostLearnsAnInteraction(t *testing.T) {
	pages := xorPages(40)
	all := func(*page) bool { return true }
	lin := fit(pages, 3, nil, fitOptions{l2: 1e-3, iters: 300}, nil)
	if acc := accuracy(pages, lin, nil).acc(kindW3m); acc == 1 {
		t.Fatalf("a linear score ranks every page right (%v): the test set is no test", acc)
	}
	opt := treeOptions{trees: 30, depth: 2, shrink: 0.3, lambda: 1, minHes: 0.1, maxBin: 8}
	b := binPages(pages, 3, opt.maxBin, all)
	var last []float64
	trees := boost(b, all, opt, nil, func(_ int, s []float64) { last = append([]float64(nil), s...) })
	m := &model{trees: trees}
	if acc := accuracyOf(pages, m.score).acc(kindW3m); acc != 1 {
		t.Errorf("boosted trees rank %v of the pages right, want 1", acc)
	}
	for c, x := range b.cands {
		if got := m.score(x); math.Abs(got-last[c]) > 1e-9 {
			t.Fatalf("candidate %d: the trees score %v on its features, %v on its bins", c, got, last[c])
		}
	}
}

func TestBoostIsDeterministic(t *testing.T) {
	write := func() []byte {
		pages := xorPages(30)
		all := func(*page) bool { return true }
		opt := treeOptions{trees: 10, depth: 2, shrink: 0.3, lambda: 1, minHes: 0.1, maxBin: 4}
		m := &model{w: []float64{0.1, 0.2, 0.3}}
		m.trees = boost(binPages(pages, 3, opt.maxBin, all), all, opt, m.score, nil)
		path := filepath.Join(t.TempDir(), "m.go")
		if err := writeModel(path, []string{"a", "b", "c"}, m, opt.depth, score{}, pages, fitOptions{}, opt, lexSpec{}, nil); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if a, b := write(), write(); !bytes.Equal(a, b) {
		t.Errorf("two fits wrote different files:\n%s\n---\n%s", a, b)
	}
}

func TestSelectModel(t *testing.T) {
	pages := xorPages(60)
	for i := range pages {
		pages[i].fold = i % 3
	}
	for i := range pages {
		pages[i].kind = kinds[i%3] // each of the gold kinds
	}
	depths, counts := []int{2}, []int{5, 30}
	cs := grid(depths, counts)
	if len(cs) != 3 || cs[0].trees != 0 {
		t.Fatalf("grid = %v, want the linear score first, then 2 tree configs", cs)
	}
	topt := treeOptions{shrink: 0.3, lambda: 1, minHes: 0.1, maxBin: 8}
	plain, nested, chosen := selectModel(pages, 3, 3, cs, depths, counts, topt, fitOptions{l2: 1e-3, iters: 100, hinge: true})
	if len(chosen) != 3 {
		t.Fatalf("%d folds chose, want 3", len(chosen))
	}
	for f, c := range chosen {
		if c.trees == 0 {
			t.Errorf("fold %d chose the linear score, which cannot rank these pages", f)
		}
	}
	if goldAcc(nested) <= goldAcc(plain[config{}]) {
		t.Errorf("nested accuracy %.3f, the linear score's %.3f: the trees should win", goldAcc(nested), goldAcc(plain[config{}]))
	}
	n := 0
	for _, v := range nested {
		n += v[1]
	}
	if n != len(pages) {
		t.Errorf("the nested score counts %d pages, want each once (%d)", n, len(pages))
	}
}

func TestBinPagesQuantiles(t *testing.T) {
	var p page
	for v := range 100 {
		p.cands = append(p.cands, cand{idx: []int32{0}, val: []float32{float32(v + 1)}})
	}
	p.cands = append(p.cands, cand{}) // a 0
	b := binPages([]page{p}, 1, 9, func(*page) bool { return true })
	if n := len(b.cuts[0]); n < 5 || n > 9 {
		t.Errorf("%d cuts, want 5 to 9", n)
	}
	if b.zero[0] != 0 {
		t.Errorf("the bin of 0 = %d, want 0", b.zero[0])
	}
	for c, x := range b.cands {
		v := 0.0
		if len(x.idx) > 0 {
			v = float64(x.val[0])
		}
		if got := int(b.bins[c]); got != binOf(b.cuts[0], v) {
			t.Fatalf("candidate %d in bin %d, want %d", c, got, binOf(b.cuts[0], v))
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

func TestQuantize(t *testing.T) {
	cases := []struct {
		name    string
		in, out float64
	}{
		{"four decimals kept", 0.12344, 0.1234},
		{"rounded up", -0.05678, -0.0568},
		{"a tiny negative is 0, not -0", -0.00001, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := quantize(c.in)
			if got != c.out || math.Signbit(got) != math.Signbit(c.out) {
				t.Errorf("quantize(%v) = %v, want %v", c.in, got, c.out)
			}
		})
	}
}

func TestHalfScores(t *testing.T) {
	// one site of each half
	site := map[string]string{}
	for n := 0; len(site) < 2; n++ {
		s := fmt.Sprintf("news%d.example", n)
		if _, ok := site[halfOf(s)]; !ok {
			site[halfOf(s)] = s
		}
	}
	two := []cand{{text: "wrong"}, {text: "right", pos: true}}
	pages := []page{
		{site: site["a"], kind: kindW3m, want: "right", cands: two},
		{site: site["a"], kind: kindW3m, want: "right", cands: two},
		{site: site["a"], kind: kindInnerText, want: "right", cands: two},
		{site: site["b"], kind: kindW3m, want: "right", cands: two},
		{site: site["b"], kind: kindW3m, want: "", cands: two}, // no title: not counted
	}
	pred := []int{1, 0, -1, 1, 1}
	by := halfScores(pages, pred)
	tests := []struct {
		name, half, kind string
		want             [2]int
	}{
		{"a right and a wrong pick", "a", kindW3m, [2]int{1, 2}},
		{"no pick is a miss", "a", kindInnerText, [2]int{0, 1}},
		{"a page without a title is left out", "b", kindW3m, [2]int{1, 1}},
		{"a kind without pages", "b", kindDOMText, [2]int{0, 0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := by[tc.half][tc.kind]; got != tc.want {
				t.Errorf("half %s, %s: got %v, want %v", tc.half, tc.kind, got, tc.want)
			}
		})
	}
}

func TestContrastGroups(t *testing.T) {
	const n = 40
	pages := toyPages(n)
	for i := range pages {
		pages[i].fold = foldOf(pages[i].site, 5)
		for k := range pages[i].cands { // feature 3: on every candidate
			c := &pages[i].cands[k]
			c.idx, c.val = append(c.idx, 3), append(c.val, 1)
		}
	}
	silver := toyPages(5)
	for i := range silver {
		silver[i].kind = kindBody
		silver[i].cands[1].pos, silver[i].cands[0].pos = false, true // the decoy is right there
	}
	pages = append(pages, silver...)
	names := []string{"signal", "decoy", "other", "everywhere"}
	groups := []string{"sig", "dec", "oth", "all"}
	opt := fitOptions{l2: 1e-3, iters: 100, hinge: true}
	tests := []struct {
		name, group string
		up, down    int // over misses and hits together
	}{
		{"a signal left out is higher on every right candidate", "sig", n, 0},
		{"a feature on every candidate tells nothing", "all", 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cs := contrastGroups(pages, names, groups, []string{tc.group}, 5, opt)
			if len(cs) != 1 {
				t.Fatalf("%d features counted, want 1", len(cs))
			}
			c := cs[0]
			if up, down := c.missUp+c.hitUp, c.missDown+c.hitDown; up != tc.up || down != tc.down {
				t.Errorf("%s: up %d, down %d; want %d, %d", c.feature, up, down, tc.up, tc.down)
			}
		})
	}
	t.Run("without the signal the picks miss", func(t *testing.T) {
		c := contrastGroups(pages, names, groups, []string{"sig"}, 5, opt)[0]
		if c.missUp == 0 {
			t.Errorf("no misses counted: %+v", c)
		}
	})
}
