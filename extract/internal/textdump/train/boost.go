package main

import (
	"math"
	"sort"
)

// treeOptions are the settings of a boosted-trees fit.
type treeOptions struct {
	trees  int     // trees fitted
	depth  int     // depth of each tree (splits on a path)
	shrink float64 // each tree's values are scaled by this
	lambda float64 // L2 penalty on a node's value (added to its hessian)
	minHes float64 // a split leaves at least this much hessian on each side
	maxBin int     // cut points per feature, at most
	every  int     // score the held-out pages after every so many trees (0: at the end only)
}

// tree is one regression tree of depth d in heap order: internal node k
// has children 2k+1 and 2k+2, a candidate goes left when its feature
// feat[k] is below cut[k]. val holds the value of every node, the
// internal ones too (for --explain's contributions); a candidate's score
// is the value of the leaf it reaches.
type tree struct {
	feat []int
	cut  []float64
	val  []float64
	bin  []int // while fitting: the last bin on the left of each cut, -1 for none
}

// noCut is the cut of a node that does not split: every candidate goes left.
const noCut = math.MaxFloat32

// eval returns the value of the leaf that candidate c reaches.
func (t *tree) eval(c *cand) float64 {
	k := 0
	for k < len(t.feat) {
		if value(c, t.feat[k]) < t.cut[k] {
			k = 2*k + 1
		} else {
			k = 2*k + 2
		}
	}
	return t.val[k]
}

// value returns feature j of candidate c.
func value(c *cand, j int) float64 {
	for q, i := range c.idx {
		if int(i) == j {
			return float64(c.val[q])
		}
		if int(i) > j {
			break
		}
	}
	return 0
}

// model is a linear score plus boosted trees.
type model struct {
	w     []float64 // linear weights (nil: none)
	trees []tree
}

func (m *model) score(c *cand) float64 {
	s := 0.0
	if m.w != nil {
		s = c.score(m.w)
	}
	for k := range m.trees {
		s += m.trees[k].eval(c)
	}
	return s
}

// pickBy returns the index of the best-scored candidate under score, or
// -1; ties go to the first.
func pickBy(p *page, score func(*cand) float64) int {
	best, bs := -1, 0.0
	for k := range p.cands {
		if s := score(&p.cands[k]); best < 0 || s > bs {
			best, bs = k, s
		}
	}
	return best
}

// accuracyOf scores a model on the pages with a title.
func accuracyOf(pages []page, by func(*cand) float64) score {
	s := score{}
	for i := range pages {
		p := &pages[i]
		if p.want == "" {
			continue
		}
		k := pickBy(p, by)
		s.add(p.kind, k >= 0 && p.cands[k].pos)
	}
	return s
}

// dense returns the n features of c.
func dense(c *cand, n int) []float64 {
	f := make([]float64, n)
	for q, j := range c.idx {
		f[j] = float64(c.val[q])
	}
	return f
}

// binned is the candidates of a set of pages, each feature cut into bins
// at cut points found on the training pages alone.
type binned struct {
	n     int
	pages []*page
	first []int   // the index of each page's first candidate; one more entry at the end
	cands []*cand // every candidate, page after page
	bins  []uint8 // bins[c*n+j]: the bin of feature j of candidate c
	cuts  [][]float64
	zero  []uint8 // the bin of a 0
}

// binPages cuts each feature at up to maxBin points, between the values
// the training pages hold (quantiles when there are more), and bins every
// candidate of pages.
func binPages(pages []page, n, maxBin int, train func(*page) bool) *binned {
	b := &binned{n: n, cuts: make([][]float64, n), zero: make([]uint8, n)}
	counts := make([]map[float32]int, n)
	for j := range counts {
		counts[j] = map[float32]int{}
	}
	total := 0
	for i := range pages {
		p := &pages[i]
		if !train(p) {
			continue
		}
		for k := range p.cands {
			c := &p.cands[k]
			total++
			for q, j := range c.idx {
				counts[j][c.val[q]]++
			}
		}
	}
	for j := range counts {
		nz := 0
		for _, m := range counts[j] {
			nz += m
		}
		if total > nz {
			counts[j][0] += total - nz
		}
		vs := make([]float32, 0, len(counts[j]))
		for v := range counts[j] {
			vs = append(vs, v)
		}
		sort.Slice(vs, func(a, c int) bool { return vs[a] < vs[c] })
		var cuts []float64
		if len(vs) <= maxBin+1 {
			for k := 1; k < len(vs); k++ {
				cuts = append(cuts, midpoint(vs[k-1], vs[k]))
			}
		} else {
			// quantiles: a cut after the value where the running count
			// passes each step of total/(maxBin+1)
			step := float64(total) / float64(maxBin+1)
			run, next := 0, step
			for k := 0; k+1 < len(vs); k++ {
				run += counts[j][vs[k]]
				if float64(run) >= next {
					cuts = append(cuts, midpoint(vs[k], vs[k+1]))
					for float64(run) >= next {
						next += step
					}
				}
			}
		}
		b.cuts[j] = cuts
		b.zero[j] = uint8(binOf(cuts, 0))
	}
	for i := range pages {
		p := &pages[i]
		b.pages = append(b.pages, p)
		b.first = append(b.first, len(b.cands))
		for k := range p.cands {
			b.cands = append(b.cands, &p.cands[k])
		}
	}
	b.first = append(b.first, len(b.cands))
	b.bins = make([]uint8, len(b.cands)*n)
	for c, x := range b.cands {
		row := b.bins[c*n : (c+1)*n]
		copy(row, b.zero)
		for q, j := range x.idx {
			row[j] = uint8(binOf(b.cuts[j], float64(x.val[q])))
		}
	}
	return b
}

// midpoint returns the cut between two values, as a float32.
func midpoint(a, b float32) float64 {
	return float64(float32((float64(a) + float64(b)) / 2))
}

// binOf returns the bin of v: the number of cuts at or below it.
func binOf(cuts []float64, v float64) int {
	return sort.Search(len(cuts), func(k int) bool { return cuts[k] > v })
}

// boost fits opt.trees trees on the pages that train says, to the
// gradient of each page's conditional logit (the log-probability of its
// right candidates under a softmax over its candidates), on top of the
// scores base gives (nil: 0). Every opt.every trees, and at the end, it
// calls check with the number of trees so far and each candidate's score.
func boost(b *binned, train func(*page) bool, opt treeOptions, base func(*cand) float64, check func(int, []float64)) []tree {
	nc := len(b.cands)
	s := make([]float64, nc)
	if base != nil {
		for c, x := range b.cands {
			s[c] = base(x)
		}
	}
	g, h := make([]float64, nc), make([]float64, nc)
	var use []int // the training candidates
	for i, p := range b.pages {
		if train(p) && p.want != "" && p.weight > 0 && p.reachable() {
			for c := b.first[i]; c < b.first[i+1]; c++ {
				use = append(use, c)
			}
		}
	}
	var trees []tree
	node := make([]int32, nc)
	for t := 1; t <= opt.trees; t++ {
		gradients(b, train, s, g, h)
		tr := grow(b, use, g, h, node, opt)
		trees = append(trees, tr)
		for c := range s {
			s[c] += leafOf(b, &tr, c)
		}
		if check != nil && (t == opt.trees || opt.every > 0 && t%opt.every == 0) {
			check(t, s)
		}
	}
	return trees
}

// gradients sets the first and second derivatives of the training pages'
// loss by each candidate's score (the second: the softmax's diagonal).
func gradients(b *binned, train func(*page) bool, s, g, h []float64) {
	for i := range g {
		g[i], h[i] = 0, 0
	}
	for i, p := range b.pages {
		if !train(p) || p.want == "" || p.weight <= 0 || !p.reachable() {
			continue
		}
		lo, hi := b.first[i], b.first[i+1]
		top := math.Inf(-1)
		for c := lo; c < hi; c++ {
			top = math.Max(top, s[c])
		}
		za, zp := 0.0, 0.0
		for c := lo; c < hi; c++ {
			e := math.Exp(s[c] - top)
			za += e
			if b.cands[c].pos {
				zp += e
			}
		}
		for c := lo; c < hi; c++ {
			e := math.Exp(s[c] - top)
			pa := e / za
			d := pa
			if b.cands[c].pos {
				d -= e / zp
			}
			g[c] = p.weight * d
			h[c] = p.weight * math.Max(pa*(1-pa), 1e-6)
		}
	}
}

// leafOf returns the value of the leaf candidate c reaches in tr, by its bins.
func leafOf(b *binned, tr *tree, c int) float64 {
	k := 0
	row := b.bins[c*b.n : (c+1)*b.n]
	for k < len(tr.feat) {
		if tr.bin[k] >= 0 && int(row[tr.feat[k]]) > tr.bin[k] {
			k = 2*k + 2
		} else {
			k = 2*k + 1
		}
	}
	return tr.val[k]
}

// stats is the sum of gradients, hessians and candidates of a set.
type stats struct{ g, h, n float64 }

func (a *stats) add(o stats) { a.g += o.g; a.h += o.h; a.n += o.n }
func (a stats) sub(o stats) stats {
	return stats{a.g - o.g, a.h - o.h, a.n - o.n}
}

// grow fits one tree of depth opt.depth, level by level, on histograms of
// the bins: each node takes the split of the most gain, or none.
func grow(b *binned, use []int, g, h []float64, node []int32, opt treeOptions) tree {
	d := opt.depth
	inner := 1<<d - 1
	tr := tree{feat: make([]int, inner), cut: make([]float64, inner), val: make([]float64, 2*inner+1)}
	tr.bin = make([]int, inner)
	split := tr.bin
	for _, c := range use {
		node[c] = 0
	}
	nb := 0
	for _, cs := range b.cuts {
		nb = max(nb, len(cs)+1)
	}
	nodeStats := make([]stats, 2*inner+1)
	for _, c := range use {
		nodeStats[0].add(stats{g[c], h[c], 1})
	}
	for level := range d {
		width := 1 << level
		off := width - 1
		hist := make([]stats, width*b.n*nb)
		for _, c := range use {
			k := int(node[c]) - off
			x := b.cands[c]
			row := b.bins[c*b.n:]
			for _, j := range x.idx {
				hist[(k*b.n+int(j))*nb+int(row[j])].add(stats{g[c], h[c], 1})
			}
		}
		for k := range width {
			tot := nodeStats[off+k]
			for j := range b.n {
				hs := hist[(k*b.n+j)*nb : (k*b.n+j+1)*nb]
				var sum stats
				for _, s := range hs {
					sum.add(s)
				}
				hs[b.zero[j]].add(tot.sub(sum))
			}
			bestGain, bj, bk := 1e-9, -1, -1
			var bl stats
			parent := tot.g * tot.g / (tot.h + opt.lambda)
			for j := range b.n {
				hs := hist[(k*b.n+j)*nb : (k*b.n+j+1)*nb]
				var left stats
				for q := 0; q < len(b.cuts[j]); q++ {
					left.add(hs[q])
					right := tot.sub(left)
					if left.h < opt.minHes || right.h < opt.minHes {
						continue
					}
					gain := left.g*left.g/(left.h+opt.lambda) + right.g*right.g/(right.h+opt.lambda) - parent
					if gain > bestGain {
						bestGain, bj, bk, bl = gain, j, q, left
					}
				}
			}
			n := off + k
			if bj < 0 {
				tr.feat[n], tr.cut[n], split[n] = 0, noCut, -1
				nodeStats[2*n+1] = tot
				continue
			}
			tr.feat[n], tr.cut[n], split[n] = bj, b.cuts[bj][bk], bk
			nodeStats[2*n+1] = bl
			nodeStats[2*n+2] = tot.sub(bl)
		}
		for _, c := range use {
			n := int(node[c])
			if split[n] >= 0 && int(b.bins[c*b.n+tr.feat[n]]) > split[n] {
				node[c] = int32(2*n + 2)
			} else {
				node[c] = int32(2*n + 1)
			}
		}
	}
	for n := range tr.val {
		st := nodeStats[n]
		if st.n == 0 && n > 0 {
			tr.val[n] = tr.val[(n-1)/2] // an empty side takes its parent's value
			continue
		}
		tr.val[n] = quantize(-st.g / (st.h + opt.lambda) * opt.shrink)
	}
	return tr
}

// quantize rounds a node's value to the four decimals the generated file
// holds, so that the fit scores what is written.
func quantize(v float64) float64 {
	v = math.Round(v*1e4) / 1e4
	if v == 0 {
		return 0 // not -0
	}
	return v
}
