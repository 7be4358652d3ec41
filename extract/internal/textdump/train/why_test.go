package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestWhyMiss(t *testing.T) {
	names := []string{"title-ish", "menu-ish", "long"}
	// The right candidate has title-ish; the wrong one menu-ish and long.
	p := page{id: "p", site: "s", kind: kindInnerText, want: "t", cands: []cand{
		{idx: []int32{1, 2}, val: []float32{1, 2}, text: "menu"},
		{idx: []int32{0}, val: []float32{1}, text: "t", pos: true},
	}}
	cases := []struct {
		name      string
		w         []float64
		miss      bool
		firstTerm string
		firstSign float64
		terms     int
	}{
		{"long outweighs the title", []float64{1, -0.5, 1}, true, "long", 1, 3},
		{"the title wins", []float64{2, -0.5, 0.5}, false, "", 0, 0},
		{"a tie is no miss", []float64{1, 0, 0.5}, false, "", 0, 0},
		{"features at 0 weight say nothing", []float64{1, 0, 3}, true, "long", 1, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			right, wrong, terms, ok := whyMiss(&p, names, c.w, 8)
			if ok != c.miss {
				t.Fatalf("miss = %v, want %v", ok, c.miss)
			}
			if right != 1 || wrong != 0 {
				t.Errorf("right, wrong = %d, %d, want 1, 0", right, wrong)
			}
			if !ok {
				return
			}
			if len(terms) != c.terms {
				t.Fatalf("%d terms (%v), want %d", len(terms), terms, c.terms)
			}
			if terms[0].feature != c.firstTerm || terms[0].v*c.firstSign <= 0 {
				t.Errorf("first term %v, want %s of sign %v", terms[0], c.firstTerm, c.firstSign)
			}
			for k := 1; k < len(terms); k++ {
				if absf(terms[k].v) > absf(terms[k-1].v) {
					t.Errorf("terms not in order of size: %v", terms)
				}
			}
		})
	}
}

func TestPrintWhyOnlyMissesOfTheKind(t *testing.T) {
	names := []string{"title-ish", "menu-ish"}
	mk := func(id, kind string, rightVal float32) page {
		return page{id: id, site: id, kind: kind, want: "t", cands: []cand{
			{idx: []int32{1}, val: []float32{1}, text: "menu"},
			{idx: []int32{0}, val: []float32{rightVal}, text: "t", pos: true},
		}}
	}
	pages := []page{mk("missed", kindInnerText, 0.5), mk("hit", kindInnerText, 3), mk("other-kind", kindW3m, 0.5)}
	ws := [][]float64{{1, 1}}
	var out bytes.Buffer
	printWhy(&out, pages, names, ws, kindInnerText, "")
	s := out.String()
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"the miss is shown", "missed:", true},
		{"with the feature that decided", "menu-ish +1.00", true},
		{"a hit is not", "hit:", false},
		{"nor another kind", "other-kind", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if strings.Contains(s, c.text) != c.want {
				t.Errorf("output holds %q: %v, want %v\n%s", c.text, !c.want, c.want, s)
			}
		})
	}
}
