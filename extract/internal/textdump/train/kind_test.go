package main

import (
	"slices"
	"testing"
)

func TestAddKindCopies(t *testing.T) {
	// Two shared features, their @apart copies, then one more (lexical-like).
	names := []string{"len", "date", "len@apart", "date@apart", "x"}
	groups := []string{"g1", "g2", "g1", "g2", "g3"}
	shared, err := sharedBlock(names)
	if err != nil || shared != 2 {
		t.Fatalf("sharedBlock = %d, %v; want 2, nil", shared, err)
	}
	mk := func(kind string) page {
		return page{kind: kind, cands: []cand{{idx: []int32{0, 2, 4}, val: []float32{0.5, 0.5, 1}}, {idx: []int32{1}, val: []float32{2}}}}
	}
	pages := []page{mk(kindW3m), mk(kindInnerText), mk(kindDOMText), mk(kindBodyDOM)}
	gotNames, gotGroups := addKindCopies(pages, names, groups, shared, func(p *page) int { return oracleBlock(p.kind) })
	wantNames := []string{"len", "date", "len@apart", "date@apart", "x", "len@inner", "date@inner", "len@dom", "date@dom"}
	if !slices.Equal(gotNames, wantNames) {
		t.Fatalf("names = %v, want %v", gotNames, wantNames)
	}
	if want := []string{"g1", "g2", "g1", "g2", "g3", "g1", "g2", "g1", "g2"}; !slices.Equal(gotGroups, want) {
		t.Fatalf("groups = %v, want %v", gotGroups, want)
	}
	cases := []struct {
		name   string
		page   int
		first  []int32 // the first candidate's features after the copy
		second []int32
	}{
		{"w3m keeps its features", 0, []int32{0, 2, 4}, []int32{1}},
		{"innerText gets the inner copy of the shared ones", 1, []int32{0, 2, 4, 5}, []int32{1, 6}},
		{"DOM text gets the dom copy", 2, []int32{0, 2, 4, 7}, []int32{1, 8}},
		{"the body's DOM text too", 3, []int32{0, 2, 4, 7}, []int32{1, 8}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := pages[c.page]
			if !slices.Equal(p.cands[0].idx, c.first) || !slices.Equal(p.cands[1].idx, c.second) {
				t.Errorf("features %v, %v; want %v, %v", p.cands[0].idx, p.cands[1].idx, c.first, c.second)
			}
			for _, cd := range p.cands {
				if len(cd.val) != len(cd.idx) {
					t.Fatalf("%d values for %d features", len(cd.val), len(cd.idx))
				}
				// a copy holds its original's value
				for q, j := range cd.idx {
					if int(j) >= len(names) {
						orig := (int(j) - len(names)) % shared
						k := slices.Index(cd.idx, int32(orig))
						if k < 0 || cd.val[k] != cd.val[q] {
							t.Errorf("copy %d holds %v, its original %d does not", j, cd.val[q], orig)
						}
					}
				}
			}
		})
	}
	t.Run("no @apart block", func(t *testing.T) {
		if _, err := sharedBlock([]string{"a", "b"}); err == nil {
			t.Error("sharedBlock found a block in names without one")
		}
	})
}

func TestKindCopiesFit(t *testing.T) {
	// Feature 0 marks the headline on innerText pages, feature 1 on DOM
	// text pages; shared weights alone cannot serve both, the copies can.
	var pages []page
	for i := range 40 {
		kind, right, wrong := kindInnerText, int32(0), int32(1)
		if i%2 == 1 {
			kind, right, wrong = kindDOMText, 1, 0
		}
		pages = append(pages, page{id: "p", site: string(rune('a' + i%20)), kind: kind, want: "t", weight: 1,
			cands: []cand{
				{idx: []int32{wrong}, val: []float32{1}, text: "w"},
				{idx: []int32{right}, val: []float32{1}, text: "t", pos: true},
			}})
	}
	for i := range pages {
		pages[i].fold = foldOf(pages[i].site, 5)
	}
	names := []string{"a", "b", "c", "a@apart", "b@apart", "c@apart"}
	groups := []string{"g", "g", "g", "g", "g", "g"}
	opt := fitOptions{l2: 1e-4, iters: 200, hinge: true}
	plain, _, _ := crossValidate(pages, len(names), 5, nil, opt, nil)
	names, _ = addKindCopies(pages, names, groups, 3, func(p *page) int { return oracleBlock(p.kind) })
	copied, _, _ := crossValidate(pages, len(names), 5, nil, opt, nil)
	for _, k := range []string{kindInnerText, kindDOMText} {
		t.Run(k, func(t *testing.T) {
			if copied.acc(k) != 1 {
				t.Errorf("with copies: %.2f, want 1", copied.acc(k))
			}
			if plain.acc(k) >= 1 {
				t.Errorf("without copies: %.2f, want below 1", plain.acc(k))
			}
		})
	}
}

func TestDumpKindFeatures(t *testing.T) {
	at := func(name string) int { return slices.Index(kindFeatureNames, name) }
	cases := []struct {
		name    string
		dump    string
		feature string
		want    float64
	}{
		{"padded lines", " Home \nNews\nSport\n Weather", "padded", 0.5},
		{"any padded line", "Home\nNews \n", "any-padded", 1},
		{"no padded line", "Home\nNews\n", "any-padded", 0},
		{"text run together", "HomeNews\nSport news\nTop StoriesWorld", "glued", 2.0 / 3},
		{"icon names", "account_circle Sign in\nexpand_more\nA plain line", "icon-word", 2.0 / 3},
		{"no icon in a snake at an end", "_private\nsnake_", "icon-word", 0},
		{"empty lines of all lines (a final newline ends a line)", "a\n\nb\n\n", "empty", 2.0 / 4},
		{"repeated lines", "Menu\nNews\nMenu\nMenu", "repeated", 0.5},
		{"capitals only", "HOME PAGE\nNews\nABC\nSPORT", "upper", 0.5},
		{"tabs", "a\tb\nc", "tabbed", 0.5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := dumpKindFeatures(c.dump)
			if got := f[at(c.feature)]; got < c.want-1e-9 || got > c.want+1e-9 {
				t.Errorf("%s = %v, want %v", c.feature, got, c.want)
			}
		})
	}
	t.Run("empty dump", func(t *testing.T) {
		f := dumpKindFeatures("")
		if len(f) != len(kindFeatureNames) || f[0] != 1 {
			t.Errorf("features %v, want the bias alone", f)
		}
	})
}

func TestFitKindDetector(t *testing.T) {
	// One feature tells the kinds apart; the fit must find it.
	var xs []kindSample
	for i := range 40 {
		dom := i%2 == 0
		v := 0.1
		if dom {
			v = 0.9
		}
		xs = append(xs, kindSample{f: []float64{1, 0, 0, 0, 0, 0, v, 0, 0, 0, 0, 0}, dom: dom, snippet: true})
	}
	w := fitKindDetector(xs, func(x *kindSample) bool { return x.snippet })
	for _, c := range []struct {
		name string
		x    kindSample
	}{{"DOM text", xs[0]}, {"innerText", xs[1]}} {
		t.Run(c.name, func(t *testing.T) {
			if got := dot(w, c.x.f) > 0; got != c.x.dom {
				t.Errorf("guessed DOM text %v, want %v (weights %v)", got, c.x.dom, w)
			}
		})
	}
}
