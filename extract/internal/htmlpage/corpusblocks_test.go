package htmlpage

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// eachCorpusBlock calls f with every block of a spread of the shared
// corpora's pages (every step-th page, step from the environment variable
// stepVar, 10 when unset), split as the classifier's candidates are with
// images kept, and returns the number of blocks. It skips the test when
// the corpora are not there, and in -short mode.
func eachCorpusBlock(t *testing.T, stepVar, domain string, f func(page string, i int, src blockSource)) (pages, blocks int) {
	t.Helper()
	if testing.Short() {
		t.Skip("slow")
	}
	step := 10
	if s := os.Getenv(stepVar); s != "" {
		step, _ = strconv.Atoi(s)
		step = max(step, 1)
	}
	paths := corpusPages(t, step)
	for _, p := range paths {
		root := parseFile(t, p)
		setAtoms(root)
		for i, src := range splitPage(root, domain, true).srcs {
			blocks++
			f(filepath.Base(p), i, src)
		}
	}
	return len(paths), blocks
}

// corpusPages returns every step-th page of the shared corpora, and skips
// the test when they are not there.
func corpusPages(t *testing.T, step int) []string {
	t.Helper()
	var paths []string
	for _, dir := range []string{"../../../../shared/corpus/html", "../../../../shared/corpus-body/html"} {
		found, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for i := 0; i < len(found); i += step {
			paths = append(paths, found[i])
		}
	}
	if len(paths) == 0 {
		t.Skip("no shared corpus")
	}
	return paths
}

// parseFile parses the page in the file at path.
func parseFile(t *testing.T, path string) *html.Node {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// divPage returns a function that parses the fragment src, in a div of
// its own, afresh at each call and returns the page's body.
func divPage(t *testing.T, src string) func() *html.Node {
	return func() *html.Node {
		t.Helper()
		n, err := html.Parse(strings.NewReader("<html><body><div>" + src + "</div></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		return bodyOf(n)
	}
}
