package main

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseExtra(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want map[string]float64
		bad  bool
	}{
		{"none", "", map[string]float64{}, false},
		{"two kinds", "bodydom=0.5, visible=1", map[string]float64{kindBodyDOM: 0.5, kindVisible: 1}, false},
		{"a gold kind", "w3m=1", nil, true},
		{"no weight", "bodydom", nil, true},
		{"negative weight", "bodyvisible=-1", nil, true},
		{"no number", "bodydom=half", nil, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseExtra(c.in)
			if c.bad {
				if err == nil {
					t.Fatalf("parseExtra(%q) = %v, want an error", c.in, got)
				}
				return
			}
			if err != nil || !maps.Equal(got, c.want) {
				t.Fatalf("parseExtra(%q) = %v, %v; want %v", c.in, got, err, c.want)
			}
		})
	}
}

func TestWeigh(t *testing.T) {
	mk := func() []page {
		return []page{
			{site: "a.example.org", kind: kindW3m},
			{site: "a.example.org", kind: kindBody},
			{site: "b.example.org", kind: kindBodyDOM},
			{site: "b.example.org", kind: kindVisible},
		}
	}
	cases := []struct {
		name string
		s    setup
		want []float64
	}{
		{"extra kinds scored only", setup{folds: 5, silver: 0.5}, []float64{1, 0.5, 0, 0}},
		{"extra kinds weighed", setup{folds: 5, silver: 0.5, extra: map[string]float64{kindBodyDOM: 0.25}}, []float64{1, 0.5, 0.25, 0}},
		{"only one kind", setup{folds: 5, silver: 0.5, extra: map[string]float64{kindBodyDOM: 0.25}, only: kindBodyDOM}, []float64{0, 0, 0.25, 0}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ps := mk()
			weigh(ps, c.s)
			for i, p := range ps {
				if p.weight != c.want[i] {
					t.Errorf("%s page: weight %g, want %g", p.kind, p.weight, c.want[i])
				}
			}
		})
	}
	t.Run("a site in one fold across kinds", func(t *testing.T) {
		ps := mk()
		weigh(ps, setup{folds: 5})
		if ps[0].fold != ps[1].fold || ps[2].fold != ps[3].fold {
			t.Errorf("folds %d %d %d %d: a site split", ps[0].fold, ps[1].fold, ps[2].fold, ps[3].fold)
		}
	})
	t.Run("a domain in one fold", func(t *testing.T) {
		var ps []page
		for i := range 40 {
			ps = append(ps, page{site: fmt.Sprintf("s%d.example.co.uk", i), kind: kindW3m})
		}
		weigh(ps, setup{folds: 5, byDomain: true})
		for _, p := range ps {
			if p.fold != ps[0].fold {
				t.Fatalf("%s in fold %d, %s in %d", p.site, p.fold, ps[0].site, ps[0].fold)
			}
		}
	})
	t.Run("a share of the sites", func(t *testing.T) {
		var ps []page
		for i := range 1000 {
			ps = append(ps, page{site: fmt.Sprintf("site%d.example", i), kind: kindW3m})
		}
		weigh(ps, setup{folds: 5, share: 0.5})
		n := 0
		for _, p := range ps {
			if p.weight > 0 {
				n++
			}
		}
		if n < 400 || n > 600 {
			t.Errorf("%d of 1000 sites fitted, want about half", n)
		}
	})
}

func TestRegistrable(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"subdomain", "edition.news.example.com", "example.com"},
		{"two-part suffix", "blog.example.co.uk", "example.co.uk"},
		{"already a domain", "example.org", "example.org"},
		{"no suffix", "localhost", "localhost"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := registrable(c.in); got != c.want {
				t.Errorf("registrable(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestWriteModelNamesTheFittedKinds(t *testing.T) {
	pages := toyPages(2)
	extra := toyPages(1)[0]
	extra.kind, extra.weight = kindBodyDOM, 0
	pages = append(pages, extra)
	cases := []struct {
		name     string
		weight   float64
		want     []string
		wantNone []string
	}{
		{"scored only", 0, []string{"on 2 dumps (w3m 2)", "w3m 0.800"}, []string{"bodydom"}},
		{"fitted", 0.5, []string{"on 3 dumps (w3m 2, bodydom 1)", "bodydom 0.500"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			pages[2].weight = c.weight
			path := filepath.Join(t.TempDir(), "w.go")
			cv := score{kindW3m: {8, 10}, kindBodyDOM: {1, 2}}
			m := &model{w: []float64{1, 2, 3}}
			if err := writeModel(path, []string{"a", "b", "c"}, m, 1, cv, pages, fitOptions{l2: 1e-4, iters: 10, hinge: true}, treeOptions{}, lexSpec{}, nil); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range c.want {
				if !strings.Contains(string(b), w) {
					t.Errorf("the model file lacks %q:\n%s", w, b)
				}
			}
			for _, w := range c.wantNone {
				if strings.Contains(string(b), w) {
					t.Errorf("the model file names %q:\n%s", w, b)
				}
			}
		})
	}
}
