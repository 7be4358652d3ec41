package main

import (
	"fmt"
	"io"
	"sort"
)

// whyTerm is one feature's share of the gap between a page's wrong pick
// and its best right candidate: its weight times the difference of their
// values (positive: it set the wrong pick higher).
type whyTerm struct {
	feature string
	v       float64
}

// whyMiss returns, for page p under weights w, the best right and the
// best wrong candidate and, when the wrong one scores higher (a miss),
// the features that made the gap, the largest first, at most n of them.
// ok is false when p is no miss under w.
func whyMiss(p *page, names []string, w []float64, n int) (right, wrong int, terms []whyTerm, ok bool) {
	right, wrong = bestRightWrong(p, w)
	if right < 0 || wrong < 0 || p.cands[right].score(w) >= p.cands[wrong].score(w) {
		return right, wrong, nil, false
	}
	r, g := dense(&p.cands[right], len(names)), dense(&p.cands[wrong], len(names))
	for j := range names {
		if d := (g[j] - r[j]) * w[j]; d != 0 {
			terms = append(terms, whyTerm{names[j], d})
		}
	}
	sort.SliceStable(terms, func(a, b int) bool { return absf(terms[a].v) > absf(terms[b].v) })
	return right, wrong, terms[:min(n, len(terms))], true
}

// printWhy writes, for each held-out miss of one kind (and half, when
// given) whose title is among the candidates, what set the wrong pick
// above the best right candidate under the weights of its fold (ws): the
// gap and the eight features that count most in it.
func printWhy(out io.Writer, pages []page, names []string, ws [][]float64, kind, half string) {
	fmt.Fprintf(out, "\nwhat decided the held-out misses (%s; feature: weight × (wrong − right)):\n", kind)
	for i := range pages {
		p := &pages[i]
		if p.kind != kind || p.want == "" || half != "" && halfOf(p.site) != half {
			continue
		}
		w := ws[p.fold]
		right, wrong, terms, ok := whyMiss(p, names, w, 8)
		if !ok {
			continue
		}
		fmt.Fprintf(out, "  %s: %+.2f %q over %q\n   ", p.id, p.cands[wrong].score(w)-p.cands[right].score(w),
			shortText(p.cands[wrong].text), shortText(p.cands[right].text))
		for _, t := range terms {
			fmt.Fprintf(out, " %s %+.2f", t.feature, t.v)
		}
		fmt.Fprintln(out)
	}
}

// shortText cuts s to 50 characters.
func shortText(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

func absf(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
