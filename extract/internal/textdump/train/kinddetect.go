package main

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The kind detector (-kind-copy detect): can the text path tell an
// innerText dump from a DOM text dump at run time? A logistic score of a
// few shares of the dump's lines, fitted on the snippet corpus's two
// kinds and cross-validated by site like the headline model (a page's
// guess comes from a fit without its fold).

// kindFeatureNames names dumpKindFeatures' values.
var kindFeatureNames = []string{
	"bias", "padded", "blank-spaces", "tabbed", "glued", "icon-word",
	"empty", "one-word", "repeated", "long", "any-padded", "upper",
}

// dumpKindFeatures describes a dump by shares of its non-empty lines:
// with spaces at either end, of spaces only, with a tab, with a word run
// into the next (a lower-case letter then a capital), with a word like
// an icon's name (lower case joined by "_"), empty (of all lines), of one
// word, seen before in the dump, of more than 40 words; whether any line
// has spaces at either end; the share in capitals only.
func dumpKindFeatures(dump string) []float64 {
	f := make([]float64, len(kindFeatureNames))
	f[0] = 1
	lines := strings.Split(strings.TrimSuffix(dump, "\n"), "\n")
	seen := map[string]bool{}
	n, empty := 0, 0
	for _, l := range lines {
		l = strings.TrimSuffix(l, "\r")
		if l == "" {
			empty++
			continue
		}
		n++
		t := strings.TrimSpace(l)
		if t != l {
			f[1]++
			f[10] = 1
		}
		if t == "" {
			f[2]++
			continue
		}
		if strings.Contains(l, "\t") {
			f[3]++
		}
		if glued(t) {
			f[4]++
		}
		words := strings.Fields(t)
		for _, w := range words {
			if iconWord(w) {
				f[5]++
				break
			}
		}
		if len(words) == 1 {
			f[7]++
		}
		if seen[t] {
			f[8]++
		}
		seen[t] = true
		if len(words) > 40 {
			f[9]++
		}
		if len(t) > 3 && strings.ToUpper(t) == t && strings.ToLower(t) != t {
			f[11]++
		}
	}
	if n > 0 {
		for j := 1; j < len(f); j++ {
			if j != 6 && j != 10 {
				f[j] /= float64(n)
			}
		}
	}
	if len(lines) > 0 {
		f[6] = float64(empty) / float64(len(lines))
	}
	return f
}

// glued tells whether a word of s runs into the next one: a lower-case
// letter followed by a capital (not at a word's start).
func glued(s string) bool {
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			return true
		}
		prev = r
	}
	return false
}

// iconWord tells whether w looks like an icon's name: lower-case letters
// joined by "_" (account_circle, expand_more).
func iconWord(w string) bool {
	if !strings.Contains(w, "_") || utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, r := range w {
		if r != '_' && !(r >= 'a' && r <= 'z') {
			return false
		}
	}
	return !strings.HasPrefix(w, "_") && !strings.HasSuffix(w, "_")
}

// kindSample is one dump for the detector: its features, whether it is
// DOM text, its fold.
type kindSample struct {
	f       []float64
	dom     bool
	fold    int
	snippet bool // one of the snippet corpus's innerText or DOM text dumps
}

// fitKindDetector fits a logistic score (DOM text: positive) by gradient
// descent, L2 1e-3, on the samples use admits.
func fitKindDetector(xs []kindSample, use func(*kindSample) bool) []float64 {
	w := make([]float64, len(kindFeatureNames))
	g := make([]float64, len(w))
	const steps, lr, l2 = 2000, 2.0, 1e-3
	for range steps {
		for j := range g {
			g[j] = l2 * w[j]
		}
		n := 0.0
		for i := range xs {
			if use(&xs[i]) {
				n++
			}
		}
		for i := range xs {
			x := &xs[i]
			if !use(x) {
				continue
			}
			p := 1 / (1 + math.Exp(-dot(w, x.f)))
			y := 0.0
			if x.dom {
				y = 1
			}
			for j := range g {
				g[j] += (p - y) * x.f[j] / n
			}
		}
		for j := range w {
			w[j] -= lr * g[j]
		}
	}
	return w
}

func dot(w, f []float64) float64 {
	s := 0.0
	for j := range w {
		s += w[j] * f[j]
	}
	return s
}

// detectKinds sets each page's guess: blockNone for the w3m kinds (told
// apart at run time already), else blockDOM or blockInner as the
// detector, fitted without the page's fold on the snippet corpus's
// innerText and DOM text dumps, says. It reads the dumps again (the cache
// holds candidates only) and prints the detector's accuracy by kind.
func detectKinds(shared string, pages []page, folds, jobs int) error {
	srcs, err := allSources(shared)
	if err != nil {
		return err
	}
	byKey := map[string]source{}
	for _, s := range srcs {
		byKey[s.kind+"\x00"+s.id] = s
	}
	feats := make([][]float64, len(pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, jobs) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s, ok := byKey[pages[i].kind+"\x00"+pages[i].id]
				if !ok {
					continue
				}
				if d, err := s.load(); err == nil {
					feats[i] = dumpKindFeatures(d.dump)
				}
			}
		}()
	}
	for i := range pages {
		if oracleBlock(pages[i].kind) != blockNone {
			next <- i
		}
	}
	close(next)
	wg.Wait()
	var xs []kindSample
	var at []int // xs[k] is pages[at[k]]
	for i := range pages {
		if feats[i] == nil {
			continue
		}
		k := pages[i].kind
		xs = append(xs, kindSample{f: feats[i], dom: oracleBlock(k) == blockDOM, fold: pages[i].fold,
			snippet: k == kindInnerText || k == kindDOMText})
		at = append(at, i)
	}
	ws := make([][]float64, folds)
	for f := range folds {
		ws[f] = fitKindDetector(xs, func(x *kindSample) bool { return x.fold != f && x.snippet })
	}
	right := score{}
	for k, i := range at {
		p := &pages[i]
		p.guess = blockInner
		if dot(ws[p.fold], xs[k].f) > 0 {
			p.guess = blockDOM
		}
		right.add(p.kind, p.guess == oracleBlock(p.kind))
	}
	fmt.Printf("kind detector, held out by fold (right block):\n")
	printAcc(right)
	all := fitKindDetector(xs, func(x *kindSample) bool { return x.snippet })
	var parts []string
	for j, w := range all {
		parts = append(parts, fmt.Sprintf("%s %+.2f", kindFeatureNames[j], w))
	}
	fmt.Printf("  weights (fitted on all): %s\n", strings.Join(parts, ", "))
	return nil
}
