package textdump

import (
	"fmt"
	"sort"
	"strings"
)

// The headline model scores a candidate by its features: a linear score
// (headlineWeights) plus the values of the leaves it reaches in a few
// shallow regression trees (headlineTrees), both fitted by ./train and
// written to headline_weights.go. With no trees, the score is linear.

// headTree is one regression tree in heap order: internal node k splits
// on feature feat[k], a candidate below cut[k] goes to node 2k+1, the
// others to 2k+2. val holds the value of every node: the leaves' give the
// score, the internal ones' say for --explain how much each split moved it.
type headTree struct {
	feat [1<<headTreeDepth - 1]uint16
	cut  [1<<headTreeDepth - 1]float32
	val  [1<<(headTreeDepth+1) - 1]float64
}

// scoreFeatures is the fitted score of a candidate's features.
func scoreFeatures(f *[hfCount]float64) float64 {
	return scoreWith(f, &headlineWeights, headlineTrees)
}

// scoreWith is the score of features f under weights w and trees ts.
func scoreWith(f, w *[hfCount]float64, ts []headTree) float64 {
	s := 0.0
	for k, v := range f {
		s += v * w[k]
	}
	for t := range ts {
		s += ts[t].leaf(f)
	}
	return s
}

// leaf returns the value of the leaf features f reach.
func (t *headTree) leaf(f *[hfCount]float64) float64 {
	k := 0
	for k < len(t.feat) {
		if float32(f[t.feat[k]]) < t.cut[k] {
			k = 2*k + 1
		} else {
			k = 2*k + 2
		}
	}
	return t.val[k]
}

// contributions returns how much each feature adds to the score of
// features f: its weight times its value, plus, in each tree, the change
// of value at each split on it along the path f takes. What the trees'
// roots hold is the same for every candidate and is left out.
func contributions(f, w *[hfCount]float64, ts []headTree) *[hfCount]float64 {
	var c [hfCount]float64
	for k, v := range f {
		c[k] = v * w[k]
	}
	for i := range ts {
		t := &ts[i]
		k := 0
		for k < len(t.feat) {
			next := 2*k + 2
			if float32(f[t.feat[k]]) < t.cut[k] {
				next = 2*k + 1
			}
			c[t.feat[k]] += t.val[next] - t.val[k]
			k = next
		}
	}
	return &c
}

// explainedCandidates is how many headline candidates --explain shows.
const explainedCandidates = 5

// explainTitle describes the top n candidates, one line each: the score,
// the headline and the features that count most (contributions). Of
// candidates with the same score, the first found comes first.
func explainTitle(lines []textLine, cs []titleCand, n int) []string {
	order := make([]int, len(cs))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool { return cs[order[a]].score > cs[order[b]].score })
	var out []string
	for k, o := range order[:min(n, len(cs))] {
		c := &cs[o]
		type term struct {
			name string
			v    float64
		}
		var ts []term
		for j, v := range contributions(&c.f, &headlineWeights, headlineTrees) {
			if v != 0 {
				ts = append(ts, term{headlineFeatures[j].name, v})
			}
		}
		for b, v := range lexTerms(lines, c, &headlineLex) {
			if v != 0 {
				ts = append(ts, term{lexBlockNames[b], v})
			}
		}
		sort.SliceStable(ts, func(a, b int) bool { return abs(ts[a].v) > abs(ts[b].v) })
		var sb strings.Builder
		for j, t := range ts[:min(5, len(ts))] {
			if j > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "%s %+.2f", t.name, t.v)
		}
		out = append(out, fmt.Sprintf("headline %d: %.2f %q (line %d; %s)", k+1, c.score, shortText(lines[c.line].text, 80), c.line+1, sb.String()))
	}
	return out
}
