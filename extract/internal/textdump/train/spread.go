package main

import (
	"fmt"
	"strings"
)

// The fit (Adam with a fixed step on the margin loss) does not settle:
// the held-out figures move by a few pages a kind from one number of
// steps to the next. -spread cross-validates at several numbers of steps
// and prints each fit's figures and their mean, for comparing a change
// of the features or the candidates with more than one fit's noise.

// spreadFit is the held-out score of one cross-validation, whole and by
// half of the sites ("a", "b").
type spreadFit struct {
	iters  int
	whole  score
	halves map[string]score
}

// spreadScores cross-validates the linear model once for each number of
// steps in iters, with options opt otherwise.
func spreadScores(pages []page, n, folds int, off []bool, opt fitOptions, iters []int) []spreadFit {
	var out []spreadFit
	for _, it := range iters {
		o := opt
		o.iters = it
		s, pred, _ := crossValidate(pages, n, folds, off, o, nil)
		out = append(out, spreadFit{iters: it, whole: s, halves: halfScores(pages, pred)})
	}
	return out
}

// meanAcc is the mean accuracy of kind over the fits fs, whole (half "")
// or on one half of the sites.
func meanAcc(fs []spreadFit, half, kind string) float64 {
	if len(fs) == 0 {
		return 0
	}
	sum := 0.0
	for _, f := range fs {
		s := f.whole
		if half != "" {
			s = f.halves[half]
		}
		sum += s.acc(kind)
	}
	return sum / float64(len(fs))
}

// printSpread prints each fit's held-out accuracy, whole and by half,
// then the mean of the fits.
func printSpread(fs []spreadFit) {
	fmt.Printf("\nheld out, by number of steps (whole | half a | half b):\n")
	line := func(name string, acc func(half, kind string) float64) {
		var parts []string
		for _, h := range []string{"", "a", "b"} {
			var ks []string
			for _, k := range kinds {
				ks = append(ks, fmt.Sprintf("%s %.3f", k, acc(h, k)))
			}
			parts = append(parts, strings.Join(ks, " "))
		}
		fmt.Printf("  %-10s %s\n", name, strings.Join(parts, " | "))
	}
	for _, f := range fs {
		line(fmt.Sprintf("%d steps", f.iters), func(h, k string) float64 {
			if h == "" {
				return f.whole.acc(k)
			}
			return f.halves[h].acc(k)
		})
	}
	line("mean", func(h, k string) float64 { return meanAcc(fs, h, k) })
}
