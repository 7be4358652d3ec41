package main

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/pare-dev/pare/extract/internal/textdump"
)

// The lexical features (textdump's headline_lex.go): each candidate's
// words by block, hashed into buckets per block, one indicator feature
// per bucket, appended after the other features and fitted under an L2
// of their own (-lex-l2).

// lexSpec is which lexical blocks are used and how many buckets each has.
type lexSpec struct {
	buckets int     // per block; 0: no lexical features
	blocks  []bool  // by textdump.LexBlockNames
	val     float64 // the value of a word's feature (0: 1); the table written holds the weights times it
}

// value is the value of a word's feature.
func (s lexSpec) value() float64 {
	if s.val == 0 {
		return 1
	}
	return s.val
}

// parseLexBlocks reads a comma-separated list of block names ("" or "all": every block).
func parseLexBlocks(s string) ([]bool, error) {
	names := textdump.LexBlockNames()
	on := make([]bool, len(names))
	if s == "" || s == "all" {
		for b := range on {
			on[b] = true
		}
		return on, nil
	}
	for _, f := range strings.Split(s, ",") {
		found := false
		for b, n := range names {
			if n == strings.TrimSpace(f) {
				on[b], found = true, true
			}
		}
		if !found {
			return nil, fmt.Errorf("no lexical block %q (%s)", f, strings.Join(names, ", "))
		}
	}
	return on, nil
}

// setupLex adds the lexical features of spec after the features names
// (of groups) of pages, when spec has buckets: a weight per bucket, fitted
// under L2 l2, counted on the pages fitted only for the words they show on
// minSites sites (lexFolds); or, with enc above 0, one lexical prior per
// block (lexPrior, smoothed by enc), which it returns. It sets opt for
// them and returns the names and groups of all features.
func setupLex(pages []page, names, groups []string, opt *fitOptions, spec lexSpec, l2, enc float64, minSites int) ([]string, []string, *lexPrior) {
	if spec.buckets <= 0 {
		return names, groups, nil
	}
	base := len(names)
	opt.lexFrom, opt.lexL2 = base, l2
	if enc > 0 {
		for _, b := range textdump.LexBlockNames() {
			names, groups = append(names, b+"-prior"), append(groups, "lex")
		}
		lp := &lexPrior{pages: pages, base: base, spec: spec, m: enc}
		opt.prepare = lp.prepare
		return names, groups, lp
	}
	ln, lg := addLex(pages, base, spec)
	if minSites > 1 {
		lf := &lexFolds{pages: pages, base: base, spec: spec, minSites: minSites}
		opt.prepare = lf.prepare
	}
	return append(names, ln...), append(groups, lg...), nil
}

// addLex appends the lexical features of spec to every candidate of
// pages, after the n features it has, and returns their names and group.
func addLex(pages []page, n int, spec lexSpec) (names, groups []string) {
	if spec.buckets <= 0 {
		return nil, nil
	}
	blocks := textdump.LexBlockNames()
	for _, b := range blocks {
		for k := range spec.buckets {
			names = append(names, fmt.Sprintf("%s#%d", b, k))
			groups = append(groups, "lex")
		}
	}
	for i := range pages {
		for k := range pages[i].cands {
			c := &pages[i].cands[k]
			for b, key := range c.lex {
				if key == "" || b >= len(spec.blocks) || !spec.blocks[b] {
					continue
				}
				c.idx = append(c.idx, int32(n+b*spec.buckets+textdump.LexBucket(b, key, spec.buckets)))
				c.val = append(c.val, float32(spec.value()))
			}
		}
	}
	return names, groups
}

// lexFolds sets, before each fold's fit, which lexical features the
// pages hold: on the pages fitted (those of the other folds), only the
// words found, in the same block, on at least minSites sites of those
// pages, so that a site's own words (its sections' names, its name) are
// not learnt; on the held-out pages every word, as the text path sees
// them.
type lexFolds struct {
	pages    []page
	base     int
	spec     lexSpec
	minSites int
}

// prepare sets the lexical features for fitting every fold but fold
// (all folds: -1).
func (l *lexFolds) prepare(fold int) {
	type bk struct {
		block int
		key   string
	}
	sites := map[bk]map[string]bool{}
	for i := range l.pages {
		p := &l.pages[i]
		if p.fold == fold {
			continue
		}
		for _, c := range p.cands {
			for b, key := range c.lex {
				if key == "" {
					continue
				}
				s := sites[bk{b, key}]
				if s == nil {
					s = map[string]bool{}
					sites[bk{b, key}] = s
				}
				s[p.site] = true
			}
		}
	}
	for i := range l.pages {
		p := &l.pages[i]
		for k := range p.cands {
			c := &p.cands[k]
			c.dropFrom(l.base)
			for b, key := range c.lex {
				if key == "" || b >= len(l.spec.blocks) || !l.spec.blocks[b] {
					continue
				}
				if p.fold != fold && len(sites[bk{b, key}]) < l.minSites {
					continue
				}
				c.idx = append(c.idx, int32(l.base+b*l.spec.buckets+textdump.LexBucket(b, key, l.spec.buckets)))
				c.val = append(c.val, float32(l.spec.value()))
			}
		}
	}
}

// printLexTop prints the n lexical buckets of largest weight (either
// sign) under weights w, each with the words of the candidates that fall
// in it, the most frequent first, and on how many sites they stand.
func printLexTop(pages []page, w []float64, base int, spec lexSpec, n int) {
	type word struct {
		key   string
		sites map[string]bool
		count int
	}
	in := map[int]map[string]*word{}
	for i := range pages {
		for _, c := range pages[i].cands {
			for b, key := range c.lex {
				if key == "" || !spec.blocks[b] {
					continue
				}
				j := base + b*spec.buckets + textdump.LexBucket(b, key, spec.buckets)
				if in[j] == nil {
					in[j] = map[string]*word{}
				}
				x := in[j][key]
				if x == nil {
					x = &word{key: key, sites: map[string]bool{}}
					in[j][key] = x
				}
				x.count++
				x.sites[pages[i].site] = true
			}
		}
	}
	var js []int
	for j := range in {
		js = append(js, j)
	}
	sort.Slice(js, func(a, b int) bool { return math.Abs(w[js[a]]) > math.Abs(w[js[b]]) })
	blocks := textdump.LexBlockNames()
	fmt.Printf("\nthe %d lexical buckets of largest weight (word: candidates/sites):\n", n)
	for _, j := range js[:min(n, len(js))] {
		var ws []*word
		for _, x := range in[j] {
			ws = append(ws, x)
		}
		sort.Slice(ws, func(a, b int) bool {
			return ws[a].count > ws[b].count || ws[a].count == ws[b].count && ws[a].key < ws[b].key
		})
		var parts []string
		for _, x := range ws[:min(6, len(ws))] {
			parts = append(parts, fmt.Sprintf("%q %d/%d", x.key, x.count, len(x.sites)))
		}
		b := (j - base) / spec.buckets
		fmt.Printf("  %+.3f %s#%d (%d words): %s\n", w[j], blocks[b], (j-base)%spec.buckets, len(ws), strings.Join(parts, ", "))
	}
}

// The lexical prior (-lex-enc): instead of a weight per bucket, one
// feature per block, the log-odds that a candidate whose word falls in
// that bucket is the headline, against all candidates, counted on pages
// of other folds than the page's own and the one held out (so that no
// page's label reaches its own feature), smoothed by m pseudo-candidates
// at the prior's rate.
type lexPrior struct {
	pages []page
	base  int
	spec  lexSpec
	m     float64
}

// counts of right and of all candidates by bucket (block*buckets+bucket),
// on the pages of folds not in skip.
func (l *lexPrior) counts(skip ...int) (pos, all []float64, p0 float64) {
	n := len(l.spec.blocks) * l.spec.buckets
	pos, all = make([]float64, n), make([]float64, n)
	np, na := 0.0, 0.0
	for i := range l.pages {
		p := &l.pages[i]
		if p.want == "" || !p.reachable() || containsInt(skip, p.fold) {
			continue
		}
		for _, c := range p.cands {
			na++
			if c.pos {
				np++
			}
			for b, key := range c.lex {
				if key == "" {
					continue
				}
				j := b*l.spec.buckets + textdump.LexBucket(b, key, l.spec.buckets)
				all[j]++
				if c.pos {
					pos[j]++
				}
			}
		}
	}
	return pos, all, np / max(na, 1)
}

// odds turns counts into the smoothed log-odds ratio of each bucket
// against the prior p0.
func (l *lexPrior) odds(pos, all []float64, p0 float64) []float64 {
	out := make([]float64, len(pos))
	for j := range pos {
		r := (pos[j] + l.m*p0) / (all[j] + l.m)
		out[j] = math.Log(r/(1-r)) - math.Log(p0/(1-p0))
	}
	return out
}

// prepare sets each candidate's lexical prior features for the fit with
// fold held out (-1: none).
func (l *lexPrior) prepare(fold int) {
	folds := 0
	for i := range l.pages {
		folds = max(folds, l.pages[i].fold+1)
	}
	// by[g] is the table for the pages of fold g: counted without fold
	// g and without the held-out fold.
	by := make([][]float64, folds)
	for g := range folds {
		skip := []int{g}
		if g != fold && fold >= 0 {
			skip = append(skip, fold)
		}
		by[g] = l.odds(l.counts(skip...))
	}
	if fold >= 0 {
		by[fold] = l.odds(l.counts(fold))
	}
	for i := range l.pages {
		p := &l.pages[i]
		for k := range p.cands {
			c := &p.cands[k]
			c.dropFrom(l.base)
			for b, key := range c.lex {
				if key == "" || !l.spec.blocks[b] {
					continue
				}
				if v := by[p.fold][b*l.spec.buckets+textdump.LexBucket(b, key, l.spec.buckets)]; v != 0 {
					c.idx = append(c.idx, int32(l.base+b))
					c.val = append(c.val, float32(v))
				}
			}
		}
	}
}

// table returns the lexical table to write: each bucket's log-odds on
// every page, times its block's weight in w.
func (l *lexPrior) table(w []float64) []float64 {
	t := l.odds(l.counts())
	for j := range t {
		t[j] *= w[l.base+j/l.spec.buckets]
	}
	return t
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// dropFrom drops the candidate's features from index base on (the lexical
// ones a previous setup appended), keeping those before it.
func (c *cand) dropFrom(base int) {
	n := 0
	for n < len(c.idx) && int(c.idx[n]) < base {
		n++
	}
	c.idx, c.val = c.idx[:n], c.val[:n]
}
