// Command train fits the weights of the text path's headline model and
// reports their accuracy, cross-validated by site.
//
//	go run ./extract/internal/textdump/train            # figures only
//	go run ./extract/internal/textdump/train -ablate    # and the ablation, group by group
//	go run ./extract/internal/textdump/train -write     # and write headline_weights.go
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
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pare-dev/pare/extract/internal/textdump"
)

func main() {
	var (
		shared     = flag.String("shared", "", "the corpora's folder (default: ../shared beside the repository)")
		write      = flag.Bool("write", false, "fit on every page and write extract/internal/textdump/headline_weights.go")
		ablate     = flag.Bool("ablate", false, "report the cross-validated accuracy without each group of features")
		folds      = flag.Int("folds", 5, "folds of the cross-validation (by site)")
		jobs       = flag.Int("j", 2, "pages read at once")
		refresh    = flag.Bool("refresh", false, "read the pages again, whatever the cache holds")
		lambda     = flag.Float64("l2", defaultL2, "L2 penalty on the weights")
		silverW    = flag.Float64("silver", 0.5, "weight of a silver-labelled page against a gold one")
		hinge      = flag.Bool("hinge", true, "fit a margin loss (false: the logit's)")
		only       = flag.String("only", "", "fit on these kinds only (comma-separated), score on all")
		drop       = flag.String("drop", "", "leave these groups of features out (comma-separated)")
		iters      = flag.Int("iters", 400, "steps of the fit")
		useWeights = flag.Bool("in-use", false, "-errors prints the misses of the weights in use, not the held-out ones")
		errs       = flag.String("errors", "", "print the held-out misses of this kind (w3m, innertext, domtext, body)")
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
	names, groups := textdump.HeadlineFeatures()
	pages, err := loadPages(root, *shared, names, *jobs, *refresh)
	if err != nil {
		fail(err)
	}
	for i := range pages {
		pages[i].fold = foldOf(pages[i].site, *folds)
		if pages[i].kind == kindBody {
			pages[i].weight = *silverW
		}
		if *only != "" && !strings.Contains(","+*only+",", ","+pages[i].kind+",") {
			pages[i].weight = 0
		}
	}
	opt := fitOptions{l2: *lambda, iters: *iters, hinge: *hinge}
	fmt.Printf("%d features, %d pages (%s)\n", len(names), len(pages), countKinds(pages))
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
	all := fit(pages, len(names), dropped, opt, nil)
	fmt.Printf("\nin-sample (fitted on every page):\n")
	printAcc(accuracy(pages, all, nil))
	inUse := textdump.HeadlineWeights()
	fmt.Printf("\nwith the weights in use (headline_weights.go):\n")
	printAcc(accuracy(pages, inUse, nil))
	if *errs != "" {
		if *useWeights {
			for i := range pages {
				pred[i] = pick(&pages[i], inUse)
			}
		}
		printMisses(pages, pred, *errs)
	}
	if *ablate {
		runAblation(pages, names, groups, *folds, cv, opt, foldW)
	}
	if *write {
		path := filepath.Join(root, "extract", "internal", "textdump", "headline_weights.go")
		if err := writeWeights(path, names, all, cv, pages, opt); err != nil {
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
)

var kinds = []string{kindW3m, kindInnerText, kindDOMText, kindBody}

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

func printAcc(s score) {
	for _, k := range kinds {
		if v, ok := s[k]; ok {
			fmt.Printf("  %-10s %.3f  (%d/%d)\n", k, s.acc(k), v[0], v[1])
		}
	}
}

// printMisses prints the held-out misses of one kind.
func printMisses(pages []page, pred []int, kind string) {
	fmt.Printf("\nheld-out misses (%s):\n", kind)
	for i, p := range pages {
		if p.kind != kind || p.want == "" {
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

// writeWeights writes the generated Go file of the weights.
func writeWeights(path string, names []string, w []float64, cv score, pages []page, opt fitOptions) error {
	var b bytes.Buffer
	b.WriteString("// Code generated by go run ./extract/internal/textdump/train -write; DO NOT EDIT.\n\n")
	b.WriteString("package textdump\n\n")
	fmt.Fprintf(&b, "// headlineWeights are the weights of the headline features, fitted by\n")
	fmt.Fprintf(&b, "// ./train: %s over each page's candidates,\n", lossName(opt))
	fmt.Fprintf(&b, "// L2 %g, %d steps, on %d dumps (%s).\n", opt.l2, opt.iters, len(pages), countKinds(pages))
	var ks []string
	for _, k := range kinds {
		if _, ok := cv[k]; ok {
			ks = append(ks, fmt.Sprintf("%s %.3f", k, cv.acc(k)))
		}
	}
	sort.Strings(ks)
	fmt.Fprintf(&b, "// Cross-validated accuracy by site: %s.\n", strings.Join(ks, ", "))
	b.WriteString("//\n// To refit, with ../shared/corpus and ../shared/corpus-body beside the\n")
	b.WriteString("// repository: go run ./extract/internal/textdump/train -write\n")
	b.WriteString("var headlineWeights = [hfCount]float64{\n")
	for j, n := range names {
		fmt.Fprintf(&b, "\t%.3f, // %s\n", w[j], n)
	}
	b.WriteString("}\n\n// headlineWeightNames are the features the weights were fitted for, in order.\n")
	b.WriteString("var headlineWeightNames = [hfCount]string{\n")
	for _, n := range names {
		fmt.Fprintf(&b, "\t%q,\n", n)
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, src, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// lossName says what a fit minimises.
func lossName(opt fitOptions) string {
	if opt.hinge {
		return "a margin loss (the best right candidate one above the best wrong one)"
	}
	return "a conditional logit"
}
