package main

import (
	"fmt"
	"slices"
)

// config is one model of the grid: the depth of its trees and how many
// there are on top of the linear score (0: the linear score alone).
type config struct{ depth, trees int }

func (c config) String() string {
	if c.trees == 0 {
		return "linear"
	}
	return fmt.Sprintf("linear+%d trees of depth %d", c.trees, c.depth)
}

// grid lists the configs of depths × counts, the linear score alone first.
func grid(depths, counts []int) []config {
	cs := []config{{}}
	for _, d := range depths {
		for _, t := range counts {
			if t > 0 {
				cs = append(cs, config{d, t})
			}
		}
	}
	return cs
}

// gridScores fits every config of the grid on the pages train says and
// scores it on those test says: one linear fit, then, for each depth,
// one run of boosting read off at each count of trees.
func gridScores(pages []page, n int, train, test func(*page) bool, depths, counts []int, topt treeOptions, lopt fitOptions) map[config]score {
	out := map[config]score{}
	w := fitWhere(pages, n, nil, lopt, nil, train)
	base := func(c *cand) float64 { return c.score(w) }
	lin := score{}
	for i := range pages {
		if p := &pages[i]; test(p) && p.want != "" {
			k := pick(p, w)
			lin.add(p.kind, k >= 0 && p.cands[k].pos)
		}
	}
	out[config{}] = lin
	top := slices.Max(counts)
	if top == 0 {
		return out
	}
	b := binPages(pages, n, topt.maxBin, train)
	for _, d := range depths {
		o := topt
		o.depth, o.trees, o.every = d, top, 1
		boost(b, train, o, base, func(t int, s []float64) {
			if !slices.Contains(counts, t) {
				return
			}
			sc := score{}
			for i, p := range b.pages {
				if test(p) && p.want != "" {
					k := argmax(s[b.first[i]:b.first[i+1]])
					sc.add(p.kind, k >= 0 && p.cands[k].pos)
				}
			}
			out[config{d, t}] = sc
		})
	}
	return out
}

// goldAcc is what a config is chosen by: its mean accuracy over the
// three kinds of dump of the snippet corpus (the gold labels).
func goldAcc(s score) float64 {
	return (s.acc(kindW3m) + s.acc(kindInnerText) + s.acc(kindDOMText)) / 3
}

// best returns the config of the highest goldAcc, the first in grid
// order (the simpler) on a tie.
func best(cs []config, s map[config]score) config {
	b := cs[0]
	for _, c := range cs[1:] {
		if goldAcc(s[c]) > goldAcc(s[b]) {
			b = c
		}
	}
	return b
}

// merge adds the counts of b to a.
func merge(a, b score) {
	for k, v := range b {
		x := a[k]
		a[k] = [2]int{x[0] + v[0], x[1] + v[1]}
	}
}

// selectModel chooses the config by cross-validation and reports it
// honestly, by nested cross-validation: for each fold, the config is
// chosen by a cross-validation on the other folds alone, fitted on them
// and scored on the fold. It returns the plain cross-validated score of
// each config (what the final choice is made on), the nested score, and
// the config each fold chose.
func selectModel(pages []page, n, folds int, cs []config, depths, counts []int, topt treeOptions, lopt fitOptions) (map[config]score, score, []config) {
	plain := map[config]score{}
	for _, c := range cs {
		plain[c] = score{}
	}
	nested := score{}
	var chosen []config
	for f := range folds {
		inner := map[config]score{}
		for _, c := range cs {
			inner[c] = score{}
		}
		for g := range folds {
			if g == f {
				continue
			}
			s := gridScores(pages, n, func(p *page) bool { return p.fold != f && p.fold != g }, func(p *page) bool { return p.fold == g }, depths, counts, topt, lopt)
			for _, c := range cs {
				merge(inner[c], s[c])
			}
		}
		c := best(cs, inner)
		chosen = append(chosen, c)
		s := gridScores(pages, n, func(p *page) bool { return p.fold != f }, func(p *page) bool { return p.fold == f }, depths, counts, topt, lopt)
		for _, x := range cs {
			merge(plain[x], s[x])
		}
		merge(nested, s[c])
	}
	return plain, nested, chosen
}
