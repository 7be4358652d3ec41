package main

import (
	"hash/fnv"
	"math"
)

// defaultL2 is the L2 penalty on the weights.
const defaultL2 = 1e-4

// page is one dump with its candidates.
type page struct {
	id, site, kind string
	want           string // the title, normalised; "" when not annotated
	cands          []cand
	fold           int
	weight         float64
	guess          int // the block kinddetect.go guesses from the dump (-kind-copy detect)
}

// cand is one candidate, its features kept sparse.
type cand struct {
	idx  []int32
	val  []float32
	text string
	lex  []string // its words by lexical block (textdump.HeadlineCandidate.Lex)
	pos  bool     // its headline is the page's title
}

func (p *page) reachable() bool {
	for _, c := range p.cands {
		if c.pos {
			return true
		}
	}
	return false
}

// foldOf puts a site in one of n folds.
func foldOf(site string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(site))
	return int(h.Sum32() % uint32(n))
}

type fitOptions struct {
	l2      float64
	lexL2   float64 // the L2 penalty on the features from lexFrom on (the lexical ones, or the kinds' copies)
	lexFrom int     // the first lexical feature (or kind copy); 0: none
	iters   int
	hinge   bool // a margin loss (the best wrong candidate one below the best right one) instead of the logit's
	// prepare, when set, is called before each fold's fit with the fold
	// held out (-1 before a fit on all), to set the features that depend
	// on the pages fitted (lexFolds).
	prepare func(fold int)
}

func (c *cand) score(w []float64) float64 {
	s := 0.0
	for k, j := range c.idx {
		s += w[j] * float64(c.val[k])
	}
	return s
}

// fit fits the weights of a conditional logit: for each page, the
// log-probability of its right candidates among all of its candidates,
// with an L2 penalty, by Adam on the full batch. The features off are
// left at 0; start, when given, is where the search begins.
func fit(pages []page, n int, off []bool, opt fitOptions, start []float64) []float64 {
	return fitWhere(pages, n, off, opt, start, func(*page) bool { return true })
}

func fitWhere(pages []page, n int, off []bool, opt fitOptions, start []float64, use func(*page) bool) []float64 {
	w := make([]float64, n)
	if start != nil {
		copy(w, start)
	}
	for j := range w {
		if off != nil && off[j] {
			w[j] = 0
		}
	}
	var train []*page
	total := 0.0
	for i := range pages {
		p := &pages[i]
		if use(p) && p.want != "" && p.weight > 0 && p.reachable() {
			train = append(train, p)
			total += p.weight
		}
	}
	if total == 0 {
		return w
	}
	m, v := make([]float64, n), make([]float64, n)
	g := make([]float64, n)
	var s []float64
	const lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
	for it := 1; it <= opt.iters; it++ {
		for j := range g {
			if opt.lexFrom > 0 && j >= opt.lexFrom {
				g[j] = opt.lexL2 * w[j]
			} else {
				g[j] = opt.l2 * w[j]
			}
		}
		for _, p := range train {
			if opt.hinge {
				hingeGrad(p, w, g, p.weight/total)
				continue
			}
			s = s[:0]
			hi := math.Inf(-1)
			for k := range p.cands {
				x := p.cands[k].score(w)
				s = append(s, x)
				hi = math.Max(hi, x)
			}
			za, zp := 0.0, 0.0
			for k := range p.cands {
				e := math.Exp(s[k] - hi)
				za += e
				if p.cands[k].pos {
					zp += e
				}
			}
			for k := range p.cands {
				c := &p.cands[k]
				e := math.Exp(s[k] - hi)
				d := e / za
				if c.pos {
					d -= e / zp
				}
				d *= p.weight / total
				if d == 0 {
					continue
				}
				for q, j := range c.idx {
					g[j] += d * float64(c.val[q])
				}
			}
		}
		for j := range w {
			if off != nil && off[j] {
				continue
			}
			m[j] = b1*m[j] + (1-b1)*g[j]
			v[j] = b2*v[j] + (1-b2)*g[j]*g[j]
			mh := m[j] / (1 - math.Pow(b1, float64(it)))
			vh := v[j] / (1 - math.Pow(b2, float64(it)))
			w[j] -= lr * mh / (math.Sqrt(vh) + eps)
		}
	}
	return w
}

// bestRightWrong returns the right and the wrong candidate of page p that
// score highest under weights w (-1 when there is none).
func bestRightWrong(p *page, w []float64) (right, wrong int) {
	right, wrong = -1, -1
	var rs, wsc float64
	for k := range p.cands {
		s := p.cands[k].score(w)
		if p.cands[k].pos {
			if right < 0 || s > rs {
				right, rs = k, s
			}
		} else if wrong < 0 || s > wsc {
			wrong, wsc = k, s
		}
	}
	return right, wrong
}

// hingeGrad adds the gradient of page p's margin loss, max(0, 1 + the
// best wrong candidate's score - the best right one's), times scale.
func hingeGrad(p *page, w, g []float64, scale float64) {
	bp, bn := bestRightWrong(p, w)
	if bp < 0 || bn < 0 || 1+p.cands[bn].score(w)-p.cands[bp].score(w) <= 0 {
		return
	}
	for q, j := range p.cands[bn].idx {
		g[j] += scale * float64(p.cands[bn].val[q])
	}
	for q, j := range p.cands[bp].idx {
		g[j] -= scale * float64(p.cands[bp].val[q])
	}
}

// pick returns the index of the best-scored candidate, or -1. Ties go to
// the first, as in the text path.
func pick(p *page, w []float64) int {
	best, bs := -1, 0.0
	for k := range p.cands {
		if s := p.cands[k].score(w); best < 0 || s > bs {
			best, bs = k, s
		}
	}
	return best
}

// accuracy scores weights w on the pages with a title (of the folds
// that test says, or all).
func accuracy(pages []page, w []float64, test func(*page) bool) score {
	s := score{}
	for i := range pages {
		p := &pages[i]
		if p.want == "" || test != nil && !test(p) {
			continue
		}
		k := pick(p, w)
		s.add(p.kind, k >= 0 && p.cands[k].pos)
	}
	return s
}

// crossValidate fits on all folds but one and scores the one left out,
// for each fold, starting from start[fold] when given; it returns the
// held-out score, each page's pick and each fold's weights.
func crossValidate(pages []page, n, folds int, off []bool, opt fitOptions, start [][]float64) (score, []int, [][]float64) {
	s := score{}
	pred := make([]int, len(pages))
	ws := make([][]float64, folds)
	for f := 0; f < folds; f++ {
		if opt.prepare != nil {
			opt.prepare(f)
		}
		train := func(p *page) bool { return p.fold != f }
		var from []float64
		if start != nil {
			from = start[f]
		}
		w := fitWhere(pages, n, off, opt, from, train)
		ws[f] = w
		for i := range pages {
			p := &pages[i]
			if p.fold != f {
				continue
			}
			pred[i] = pick(p, w)
			if p.want != "" {
				s.add(p.kind, pred[i] >= 0 && p.cands[pred[i]].pos)
			}
		}
	}
	return s, pred, ws
}
