package textdump

import (
	"cmp"
	"slices"
	"sync"
)

// candPool keeps pickTitle's candidate slices between pages, every
// candidate zero: scratch, safe for concurrent use.
var candPool = sync.Pool{New: func() any { return new([]titleCand) }}

// maxPooledCands is the most candidates a slice may hold to go back to the
// pool: a dump with more makes its own each time, not kept.
const maxPooledCands = 256

// pickTitle is chooseTitle's choice, the index of the headline or -1,
// without the candidates: it measures every candidate but its text tests
// (placeFeatures), which bounds its score from above, and runs the text
// tests (textFeatures) only on the candidates whose bound reaches the best
// score found, highest bound first. A dump's candidates are many (36 a
// page in a browser's innerText, 11 in a text browser's dump) and the
// headline's score stands out: about one in thirty needs its text tests.
func pickTitle(lines []textLine, start, end int) int {
	// The candidates (1.4 KB each, 36 a page in an innerText dump: a
	// quarter of the bytes the text path allocates) are made in a slice
	// the pool keeps between pages, cleared when it goes back.
	p := candPool.Get().(*[]titleCand)
	ts, cs := unmeasuredCands(lines, start, end, *p)
	defer func() {
		clear(cs) // all zero again, and no page's text held
		if cs != nil && cap(cs) <= maxPooledCands {
			*p = cs[:0]
		}
		candPool.Put(p)
	}()
	if len(cs) == 0 {
		return -1
	}
	ts.measureWords(cs)
	for k := range cs {
		ts.placeFeatures(&cs[k])
	}
	ts.relative(cs) // it reads no text feature
	bound := make([]float64, len(cs))
	order := make([]int, len(cs))
	for k := range cs {
		// The lexical score is known now (it reads the candidate's words
		// and its neighbours'): it adds to the bound as to the score.
		bound[k] = scoreCeiling(&cs[k].f, ts.apart) + lexScore(lines, &cs[k])
		order[k] = k
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(bound[b], bound[a]) })
	best := -1
	for _, k := range order {
		if best >= 0 && bound[k] < cs[best].score-boundTolerance {
			break // no candidate left can reach the best score
		}
		c := &cs[k]
		ts.textFeatures(c)
		if ts.apart {
			for _, j := range textFeature {
				c.f[hfBase+j] = c.f[j]
			}
		}
		c.score = scoreFeatures(&c.f) + lexScore(lines, c)
		// As chooseTitle: the highest score, the first candidate of those
		// that share it.
		if best < 0 || c.score > cs[best].score || c.score == cs[best].score && k < best {
			best = k
		}
	}
	return firstShowing(lines, cs[best].line, start)
}

// boundTolerance is how far a bound may fall short of the score it bounds
// by rounding alone: the two sums differ only in the order of terms of a
// few units.
const boundTolerance = 1e-9

// scoreCeiling is the most the score of features f can reach once its
// text features (textFeature, all 0 in f) are set, each to 0 or 1.
func scoreCeiling(f *[hfCount]float64, apart bool) float64 {
	s := scoreWith(f, &headlineWeights, nil) + treesCeiling
	if apart {
		return s + textCeiling[1]
	}
	return s + textCeiling[0]
}

// textCeiling is the most the text features can add to the linear score,
// in a dump that does not set headings apart and in one that does (where
// each has a twin of the same value).
var textCeiling = func() (c [2]float64) {
	for _, j := range textFeature {
		c[0] += max(0, headlineWeights[j])
		c[1] += max(0, headlineWeights[j]+headlineWeights[hfBase+j])
	}
	return c
}()

// treesCeiling is the most the trees can add to a score: the sum of each
// tree's highest leaf.
var treesCeiling = func() float64 {
	s := 0.0
	for t := range headlineTrees {
		tr := &headlineTrees[t]
		leaves := tr.val[len(tr.feat):]
		s += slices.Max(leaves)
	}
	return s
}()
