package main

// cvTrees cross-validates boosted trees by site: for each fold, it fits
// on the others (on top of a linear fit on the same pages when linear is
// set) and scores the fold's pages after every opt.every trees. It
// returns the held-out score at each of those counts of trees, and each
// page's pick at the end.
func cvTrees(pages []page, n, folds int, opt treeOptions, linear bool, lopt fitOptions) (map[int]score, []int) {
	out := map[int]score{}
	pred := make([]int, len(pages))
	for f := 0; f < folds; f++ {
		train := func(p *page) bool { return p.fold != f }
		var base func(*cand) float64
		if linear {
			w := fitWhere(pages, n, nil, lopt, nil, train)
			base = func(c *cand) float64 { return c.score(w) }
		}
		b := binPages(pages, n, opt.maxBin, train)
		boost(b, train, opt, base, func(t int, s []float64) {
			sc, ok := out[t]
			if !ok {
				sc = score{}
				out[t] = sc
			}
			tr, ok := out[-t]
			if !ok {
				tr = score{}
				out[-t] = tr
			}
			for i, p := range b.pages {
				if p.fold != f {
					if p.want != "" {
						k := argmax(s[b.first[i]:b.first[i+1]])
						tr.add(p.kind, k >= 0 && p.cands[k].pos)
					}
					continue
				}
				k := argmax(s[b.first[i]:b.first[i+1]])
				if t == opt.trees {
					pred[i] = k
				}
				if p.want != "" {
					sc.add(p.kind, k >= 0 && p.cands[k].pos)
				}
			}
		})
	}
	return out, pred
}

// argmax returns the index of the highest score, the first on a tie, or -1.
func argmax(s []float64) int {
	best := -1
	for k, v := range s {
		if best < 0 || v > s[best] {
			best = k
		}
	}
	return best
}
