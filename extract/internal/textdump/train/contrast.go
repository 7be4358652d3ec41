package main

import (
	"fmt"
	"strings"
)

// contrast counts, for one feature, the pages on which it tells the
// right candidate from the best wrong one, under weights fitted without
// it on the other folds: on the pages those weights get wrong (miss) and
// on those they get right (hit), how often the right candidate's value is
// the higher (up) or the lower (down). A feature worth adding is up far
// more often than down on the misses, and not down more often than up on
// the hits.
type contrast struct {
	feature                          string
	missUp, missDown, hitUp, hitDown int
}

// contrastGroups fits without the features of groups gs, fold by fold,
// and counts for each of those features how it tells the held-out right
// candidates from the wrong ones (contrast). Silver-labelled pages, pages
// without a title and pages whose title is no candidate are left out.
func contrastGroups(pages []page, names, groups, gs []string, folds int, opt fitOptions) []contrast {
	off := make([]bool, len(names))
	for j, g := range groups {
		for _, h := range gs {
			off[j] = off[j] || g == h
		}
	}
	_, pred, ws := crossValidate(pages, len(names), folds, off, opt, nil)
	out := make([]contrast, len(names))
	for j := range names {
		out[j].feature = names[j]
	}
	for i := range pages {
		p := &pages[i]
		if p.want == "" || !gold(p.kind) || !p.reachable() {
			continue
		}
		right, wrong := bestRightWrong(p, ws[p.fold])
		if wrong < 0 {
			continue
		}
		hit := pred[i] >= 0 && p.cands[pred[i]].pos
		r, w := dense(&p.cands[right], len(names)), dense(&p.cands[wrong], len(names))
		for j := range names {
			c := &out[j]
			switch d := r[j] - w[j]; {
			case d > 0 && hit:
				c.hitUp++
			case d < 0 && hit:
				c.hitDown++
			case d > 0:
				c.missUp++
			case d < 0:
				c.missDown++
			}
		}
	}
	var kept []contrast
	for j := range names {
		if off[j] {
			kept = append(kept, out[j])
		}
	}
	return kept
}

// printContrast prints contrastGroups' counts, one feature a line.
func printContrast(cs []contrast, gs []string) {
	fmt.Printf("\nright against best wrong candidate, fitted without %s (held out; w3m, innerText, DOM text):\n", strings.Join(gs, ","))
	fmt.Printf("  %-28s %21s   %21s\n", "feature", "misses: right up/down", "hits: right up/down")
	for _, c := range cs {
		fmt.Printf("  %-28s %10d / %-8d   %10d / %-8d\n", c.feature, c.missUp, c.missDown, c.hitUp, c.hitDown)
	}
}
