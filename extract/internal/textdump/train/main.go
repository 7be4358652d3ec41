// Command train fits the text path's headline model and reports its
// accuracy, cross-validated by site. The model is a linear score (a
// margin loss over each page's candidates), optionally with boosted
// regression trees on top of it (fitted to the gradient of each page's
// conditional logit; boost.go).
//
//	go run ./extract/internal/textdump/train            # figures only
//	go run ./extract/internal/textdump/train -ablate    # and the ablation, group by group
//	go run ./extract/internal/textdump/train -trees 100 # and 100 trees on top, their figures
//	go run ./extract/internal/textdump/train -select    # choose linear or trees by nested CV
//	go run ./extract/internal/textdump/train -select -write  # and write headline_weights.go
//	go run ./extract/internal/textdump/train -contrast echo  # does a new group tell right from wrong where the rest fails?
//	go run ./extract/internal/textdump/train -reach w3m # why titles are no candidates
//	go run ./extract/internal/textdump/train -reach w3m -half a  # of one half of the sites
//	go run ./extract/internal/textdump/train -spread 300,400,500  # held out at 3 numbers of steps, and the mean
//	go run ./extract/internal/textdump/train -errors innertext -half a -why # what decided each held-out miss
//	go run ./extract/internal/textdump/train -lex 256 -lex-l2 0.03 -lex-top 40 # and hashed lexical features (lex.go), their largest weights
//	go run ./extract/internal/textdump/train -extra bodydom=0.5 -spread 300,400,500 # fit on extra kinds of dump too (data.go)
//	go run ./extract/internal/textdump/train -kind-copy oracle -kind-l2 1e-2 -spread 300,400,500 # innerText and DOM text with weights of their own (kind.go, kinddetect.go)
//
// It reads the corpora in ../shared (beside the repository): the snippet
// corpus's title annotations on its w3m (text/) and innerText dumps and on
// DOM text dumps it makes from the pages (internal/domtext), and silver
// labels on the full-body corpus's w3m dumps: the title the HTML path
// finds when the page's own h1 or og:title agrees with it. The features
// of every candidate are cached in a file under the system's temporary
// folder, keyed by the text path's sources, so that a refit after a
// change of the weights alone costs seconds.
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/pare-dev/pare/extract/internal/textdump"
)

func main() {
	var (
		shared     = flag.String("shared", "", "the corpora's folder (default: ../shared beside the repository)")
		write      = flag.Bool("write", false, "fit on every page and write extract/internal/textdump/headline_weights.go")
		ablate     = flag.Bool("ablate", false, "report the cross-validated accuracy without each group of features")
		folds      = flag.Int("folds", 5, "folds of the cross-validation (by site)")
		share      = flag.Float64("site-share", 1, "fit on this share of the sites only (the same sites in every fold; a learning curve), score on all (1: all)")
		byDomain   = flag.Bool("fold-domain", false, "fold by registrable domain (a publisher's subdomains in one fold), not by site")
		jobs       = flag.Int("j", 2, "pages read at once")
		refresh    = flag.Bool("refresh", false, "read the pages again, whatever the cache holds")
		lambda     = flag.Float64("l2", defaultL2, "L2 penalty on the weights")
		silverW    = flag.Float64("silver", 0.5, "weight of a silver-labelled page against a gold one")
		extraW     = flag.String("extra", "", "fit on the extra kinds too, each with its weight against a gold page (comma-separated kind=weight: "+strings.Join(extraKinds, ", ")+"); unnamed ones are scored only")
		hinge      = flag.Bool("hinge", true, "fit a margin loss (false: the logit's)")
		only       = flag.String("only", "", "fit on these kinds only (comma-separated), score on all")
		drop       = flag.String("drop", "", "leave these groups of features out (comma-separated)")
		iters      = flag.Int("iters", 400, "steps of the fit")
		spread     = flag.String("spread", "", "also cross-validate at these numbers of steps (comma-separated: 300,400,500) and print each fit's figures and their mean")
		useWeights = flag.Bool("in-use", false, "-errors prints the misses of the weights in use, not the held-out ones")
		errs       = flag.String("errors", "", "print the held-out misses of this kind (w3m, innertext, domtext, body)")
		nTrees     = flag.Int("trees", 0, "boosted trees on top of the linear score (0: none)")
		depth      = flag.Int("depth", 3, "depth of each tree")
		shrink     = flag.Float64("shrink", 0.1, "shrinkage of each tree")
		treeL2     = flag.Float64("tree-l2", 1, "L2 penalty on a tree node's value")
		minHes     = flag.Float64("min-hess", 1, "hessian each side of a split keeps, at least")
		bins       = flag.Int("bins", 32, "cut points per feature, at most")
		every      = flag.Int("every", 50, "report the held-out accuracy after every so many trees")
		why        = flag.Bool("why", false, "-errors also prints, for each held-out miss of the linear model, the features that set the wrong pick above the right one")
		half       = flag.String("half", "", "-errors and -reach look at this half of the sites only (a or b, as the corpora's scorers split them)")
		sel        = flag.Bool("select", false, "choose the model (linear, or linear and trees: -depths × -counts) by nested cross-validation, and fit that")
		depths     = flag.String("depths", "2,3", "-select: depths of trees tried")
		counts     = flag.String("counts", "25,50,100,200", "-select: numbers of trees tried")
		noLinear   = flag.Bool("no-linear", false, "trees alone, without the linear score under them")
		contrastG  = flag.String("contrast", "", "fit without these groups of features (comma-separated) and count how each of their features tells the held-out right candidates from the wrong ones")
		reachKind  = flag.String("reach", "", "say why the title is no candidate, page by page, on the dumps of this kind, and stop")
		lexN       = flag.Int("lex", 0, "lexical features: buckets per block of words (0: none)")
		lexL2      = flag.Float64("lex-l2", 1e-2, "L2 penalty on the lexical features' weights")
		lexSites   = flag.Int("lex-sites", 1, "a word counts in the fit only when the pages fitted show it, in its block, on so many sites at least")
		lexTop     = flag.Int("lex-top", 0, "print the lexical buckets of largest weight in the fit on all pages, so many, with their words")
		lexVal     = flag.Float64("lex-val", 1, "the value of a word's lexical feature (a smaller one slows the fit of its weight)")
		lexEnc     = flag.Float64("lex-enc", 0, "lexical priors instead of a weight per bucket: one feature per block, each bucket's log-odds of a headline, smoothed by so many pseudo-candidates (0: weights per bucket)")
		kindCopy   = flag.String("kind-copy", "", "give innerText-like and DOM-text-like dumps their own copy of the shared features: oracle (the kind the data says) or detect (the kind kinddetect.go guesses from the dump)")
		kindL2     = flag.Float64("kind-l2", defaultL2, "-kind-copy: L2 penalty on the kinds' copies (a larger one keeps them near the shared weights)")
		lexBlocks  = flag.String("lex-blocks", "all", "the lexical blocks used (comma-separated: "+strings.Join(textdump.LexBlockNames(), ", ")+")")
	)
	flag.Parse()
	root, err := repoRoot()
	if err != nil {
		fail(err)
	}
	if *shared == "" {
		*shared = filepath.Join(filepath.Dir(root), "shared")
	}
	if _, err := os.Stat(filepath.Join(*shared, "corpus", "cases.json")); err != nil {
		fail(fmt.Errorf("no corpus under %s (-shared): %w", *shared, err))
	}
	if *reachKind != "" {
		if err := reportReach(*shared, *reachKind, *half); err != nil {
			fail(err)
		}
		return
	}
	extra, err := parseExtra(*extraW)
	if err != nil {
		fail(fmt.Errorf("-extra: %w", err))
	}
	names, groups := textdump.HeadlineFeatures()
	pages, err := loadPages(root, *shared, names, *jobs, *refresh)
	if err != nil {
		fail(err)
	}
	weigh(pages, setup{folds: *folds, byDomain: *byDomain, silver: *silverW, extra: extra, share: *share, only: *only})
	opt := fitOptions{l2: *lambda, iters: *iters, hinge: *hinge}
	base := len(names)
	lex := lexSpec{buckets: *lexN, val: *lexVal}
	if lex.blocks, err = parseLexBlocks(*lexBlocks); err != nil {
		fail(fmt.Errorf("-lex-blocks: %w", err))
	}
	names, groups, lp := setupLex(pages, names, groups, &opt, lex, *lexL2, *lexEnc, *lexSites)
	if lex.buckets > 0 {
		fmt.Printf("lexical features: %d buckets a block, blocks %s, L2 %g\n", lex.buckets, *lexBlocks, *lexL2)
	}
	if *kindCopy == "detect" {
		if err := detectKinds(*shared, pages, *folds, *jobs); err != nil {
			fail(fmt.Errorf("-kind-copy: %w", err))
		}
	}
	if *kindCopy != "" {
		opt.lexFrom, opt.lexL2 = len(names), *kindL2
		if names, groups, err = setupKindCopies(pages, names, groups, *kindCopy, lex.buckets > 0 || *write || *nTrees > 0 || *sel); err != nil {
			fail(fmt.Errorf("-kind-copy: %w", err))
		}
	}
	fmt.Printf("%d features, %d pages (%s)\n", len(names), len(pages), countKinds(pages))
	printSites(pages)
	reach := score{}
	for i := range pages {
		if pages[i].want != "" {
			reach.add(pages[i].kind, pages[i].reachable())
		}
	}
	fmt.Printf("pages whose title is among the candidates (the most a pick can get):\n")
	printAcc(reach)
	var dropped []bool
	if *drop != "" {
		dropped = make([]bool, len(names))
		for j, g := range groups {
			dropped[j] = strings.Contains(","+*drop+",", ","+g+",")
		}
	}
	cv, pred, foldW := crossValidate(pages, len(names), *folds, dropped, opt, nil)
	fmt.Printf("\nheadline accuracy, %d-fold cross-validation by site (held-out folds):\n", *folds)
	printAcc(cv)
	printHalves(pages, pred)
	if *spread != "" {
		its, err := intList(*spread)
		if err != nil {
			fail(fmt.Errorf("-spread: %w", err))
		}
		printSpread(spreadScores(pages, len(names), *folds, dropped, opt, its))
	}
	topt := treeOptions{trees: *nTrees, depth: *depth, shrink: *shrink, lambda: *treeL2, minHes: *minHes, maxBin: *bins, every: *every}
	if *nTrees > 0 {
		byT, treePred := cvTrees(pages, len(names), *folds, topt, !*noLinear, opt)
		var ts []int
		for t := range byT {
			if t > 0 {
				ts = append(ts, t)
			}
		}
		sort.Ints(ts)
		for _, t := range ts {
			fmt.Printf("\n%d trees, cross-validated (on the training folds):\n", t)
			printAcc2(byT[t], byT[-t])
		}
		cv, pred = byT[*nTrees], treePred
	}
	if *sel {
		ds, err := intList(*depths)
		if err != nil {
			fail(fmt.Errorf("-depths: %w", err))
		}
		ns, err := intList(*counts)
		if err != nil {
			fail(fmt.Errorf("-counts: %w", err))
		}
		cs := grid(ds, ns)
		plain, nested, chosen := selectModel(pages, len(names), *folds, cs, ds, ns, topt, opt)
		fmt.Printf("\nthe grid, %d-fold cross-validation by site (shrinkage %g, node L2 %g, min hessian %g):\n", *folds, *shrink, *treeL2, *minHes)
		fmt.Printf("  %-30s", "model")
		for _, k := range kinds {
			fmt.Printf(" %9s", k)
		}
		fmt.Println()
		for _, c := range cs {
			fmt.Printf("  %-30s", c)
			for _, k := range kinds {
				fmt.Printf(" %9.3f", plain[c].acc(k))
			}
			fmt.Println()
		}
		fmt.Printf("\nchosen on each fold's training folds alone: %v\n", chosen)
		fmt.Printf("nested cross-validation (the choice made without the held-out fold):\n")
		printAcc(nested)
		c := best(cs, plain)
		fmt.Printf("chosen on every fold: %s\n", c)
		*nTrees, topt.trees, topt.depth, *depth = c.trees, c.trees, c.depth, max(1, c.depth)
		cv = nested
	}
	if opt.prepare != nil {
		opt.prepare(-1)
	}
	m := &model{w: fit(pages, len(names), dropped, opt, nil)}
	if *noLinear {
		m.w = make([]float64, len(names))
	}
	if *nTrees > 0 {
		all := func(*page) bool { return true }
		m.trees = boost(binPages(pages, len(names), *bins, all), all, topt, m.score, nil)
	}
	if *lexTop > 0 && lex.buckets > 0 {
		printLexTop(pages, m.w, base, lex, *lexTop)
	}
	fmt.Printf("\nin-sample (fitted on every page):\n")
	printAcc(accuracyOf(pages, m.score))
	inUse := func(c *cand) float64 { return textdump.HeadlineScore(dense(c, len(names)), c.lex) }
	fmt.Printf("\nwith the model in use (headline_weights.go):\n")
	printAcc(accuracyOf(pages, inUse))
	if *errs != "" {
		if *useWeights {
			for i := range pages {
				pred[i] = pickBy(&pages[i], inUse)
			}
		}
		printMisses(pages, pred, *errs, *half)
		if *why {
			printWhy(os.Stdout, pages, names, foldW, *errs, *half)
		}
	}
	if *contrastG != "" {
		gs := strings.Split(*contrastG, ",")
		printContrast(contrastGroups(pages, names, groups, gs, *folds, opt), gs)
	}
	if *ablate {
		runAblation(pages, names, groups, *folds, cv, opt, foldW)
	}
	if *write {
		path := filepath.Join(root, "extract", "internal", "textdump", "headline_weights.go")
		var table []float64
		switch {
		case lp != nil:
			table = lp.table(m.w)
		case lex.buckets > 0:
			for _, w := range m.w[base:] {
				table = append(table, w*lex.value())
			}
		}
		if err := writeModel(path, names[:base], m, *depth, cv, pages, opt, topt, lex, table); err != nil {
			fail(err)
		}
		fmt.Printf("\nwrote %s\n", path)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "train:", err)
	os.Exit(1)
}

// repoRoot returns the folder of the module's go.mod, from the working
// folder up.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil && !strings.HasSuffix(dir, "beam") {
			return dir, nil
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", fmt.Errorf("no go.mod above the working folder")
		}
		dir = up
	}
}

// The kinds of dump.
const (
	kindW3m       = "w3m"
	kindInnerText = "innertext"
	kindDOMText   = "domtext"
	kindBody      = "body" // the full-body corpus's w3m dumps, silver labels

	// The extra kinds: dumps made from the corpora's pages, fitted on
	// only with -extra, scored for what they are worth.
	kindVisible     = "visible"     // the snippet corpus's visible text (domtext.Visible)
	kindBodyDOM     = "bodydom"     // the full-body corpus's DOM text, silver labels
	kindBodyVisible = "bodyvisible" // the full-body corpus's visible text, silver labels
)

var kinds = []string{kindW3m, kindInnerText, kindDOMText, kindBody, kindVisible, kindBodyDOM, kindBodyVisible}

// extraKinds are the kinds fitted on only when -extra weighs them.
var extraKinds = []string{kindVisible, kindBodyDOM, kindBodyVisible}

func countKinds(pages []page) string {
	n := map[string]int{}
	for _, p := range pages {
		n[p.kind]++
	}
	var parts []string
	for _, k := range kinds {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k, n[k]))
		}
	}
	return strings.Join(parts, ", ")
}

// score is a count of right picks among the pages with a title, by kind.
type score map[string][2]int

func (s score) add(kind string, ok bool) {
	v := s[kind]
	v[1]++
	if ok {
		v[0]++
	}
	s[kind] = v
}

func (s score) acc(kind string) float64 {
	if s[kind][1] == 0 {
		return 0
	}
	return float64(s[kind][0]) / float64(s[kind][1])
}

// printAcc2 prints two scores side by side: held out, and in brackets on the training folds.
func printAcc2(s, train score) {
	for _, k := range kinds {
		if v, ok := s[k]; ok {
			fmt.Printf("  %-10s %.3f  (%d/%d)  [%.3f]\n", k, s.acc(k), v[0], v[1], train.acc(k))
		}
	}
}

func printAcc(s score) {
	for _, k := range kinds {
		if v, ok := s[k]; ok {
			fmt.Printf("  %-10s %.3f  (%d/%d)\n", k, s.acc(k), v[0], v[1])
		}
	}
}

// printHalves prints the held-out accuracy of each kind on each half of
// the sites (halfOf), from the held-out picks pred.
func printHalves(pages []page, pred []int) {
	by := halfScores(pages, pred)
	for _, h := range []string{"a", "b"} {
		fmt.Printf("  half %s:", h)
		for _, k := range kinds {
			fmt.Printf("  %s %.3f", k, by[h].acc(k))
		}
		fmt.Println()
	}
}

// halfScores counts the right picks pred of the pages with a title, by
// half of the sites ("a", "b") and kind.
func halfScores(pages []page, pred []int) map[string]score {
	by := map[string]score{"a": {}, "b": {}}
	for i, p := range pages {
		if p.want != "" {
			by[halfOf(p.site)].add(p.kind, pred[i] >= 0 && p.cands[pred[i]].pos)
		}
	}
	return by
}

// printMisses prints the held-out misses of one kind.
func printMisses(pages []page, pred []int, kind, half string) {
	fmt.Printf("\nheld-out misses (%s):\n", kind)
	for i, p := range pages {
		if p.kind != kind || p.want == "" || half != "" && halfOf(p.site) != half {
			continue
		}
		if pred[i] >= 0 && p.cands[pred[i]].pos {
			continue
		}
		got := ""
		if pred[i] >= 0 {
			got = p.cands[pred[i]].text
		}
		fmt.Printf("  %s [%s] want %q got %q reachable=%v\n", p.id, p.site, p.want, got, p.reachable())
	}
}

// runAblation prints the cross-validated accuracy without each group.
// Each fold's fit starts from its weights in the full model (foldW) with
// the group's left at 0, and takes a third of the steps.
func runAblation(pages []page, names, groups []string, folds int, full score, opt fitOptions, foldW [][]float64) {
	opt.iters = max(1, opt.iters/3)
	var gs []string
	seen := map[string]bool{}
	for _, g := range groups {
		if !seen[g] {
			seen[g] = true
			gs = append(gs, g)
		}
	}
	fmt.Printf("\nablation: cross-validated accuracy without each group (change from the full model)\n")
	fmt.Printf("  %-12s %-24s", "group", "features")
	for _, k := range kinds[:3] {
		fmt.Printf(" %9s", k)
	}
	fmt.Printf(" %9s\n", kindBody)
	for _, g := range gs {
		off := make([]bool, len(names))
		var fs []string
		for j := range names {
			if groups[j] == g {
				off[j] = true
				fs = append(fs, names[j])
			}
		}
		s, _, _ := crossValidate(pages, len(names), folds, off, opt, foldW)
		fmt.Printf("  %-12s %-24s", g, shortList(fs))
		for _, k := range kinds {
			fmt.Printf(" %+9.3f", s.acc(k)-full.acc(k))
		}
		fmt.Println()
	}
}

func shortList(fs []string) string {
	s := strings.Join(fs, ",")
	if len(s) > 24 {
		s = s[:23] + "…"
	}
	return s
}

// lossName says what a fit minimises.
func lossName(opt fitOptions) string {
	if opt.hinge {
		return "a margin loss (the best right candidate one above the best wrong one)"
	}
	return "a conditional logit"
}

// intList reads a comma-separated list of counts.
func intList(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 0 {
			return nil, fmt.Errorf("%q is no count", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// halfOf returns "a" or "b": the half of the corpora a site falls in, as
// their scorers split them (the first byte of the SHA-256 of the host).
func halfOf(site string) string {
	h := sha256.Sum256([]byte(site))
	return string("ab"[h[0]%2])
}
