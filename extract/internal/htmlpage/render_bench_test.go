package htmlpage

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/pare-dev/pare/internal/cputime"
	"golang.org/x/net/html"
)

// BenchmarkRender renders every block of a spread of the shared corpora's
// pages (all of each page's body, split as the classifier's candidates
// are): the converter and the escaping around it, alone. It is skipped
// when the corpora are not there.
//
//	go test ./extract/internal/htmlpage -run '^$' -bench Render -cpu 1
func BenchmarkRender(b *testing.B) {
	for _, set := range []string{"corpus", "corpus-body"} {
		pages, size := benchSplits(b, set)
		b.Run("set="+set, func(b *testing.B) {
			if len(pages) == 0 {
				b.Skip("no corpus")
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu := cputime.Process()
			for b.Loop() {
				for _, p := range pages {
					renderBlocks(p.blocks, p.srcs, plainDomain, false)
				}
			}
			n := float64(b.N * len(pages))
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/page")
			if cpu > 0 {
				b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/n, "cpu-ns/page")
			}
		})
	}
}

// benchSplits splits, as the classifier's candidates are split (no
// images, pageURL plainDomain), a spread of about 100 of the set's pages
// in the shared corpora, sorted by name; size is the bytes of their HTML.
// It returns none when the corpora are not there.
func benchSplits(b *testing.B, set string) (pages []*blockBuilder, size int) {
	b.Helper()
	paths, _ := filepath.Glob(filepath.Join("../../../../shared", set, "html", "*.html"))
	sort.Strings(paths)
	for i := 0; i < len(paths); i += max(1, len(paths)/100) {
		src, err := os.ReadFile(paths[i])
		if err != nil {
			b.Fatal(err)
		}
		root, err := html.Parse(bytes.NewReader(src))
		if err != nil {
			b.Fatal(err)
		}
		setAtoms(root)
		pages = append(pages, splitPage(root, plainDomain, false))
		size += len(src)
	}
	return pages, size
}
