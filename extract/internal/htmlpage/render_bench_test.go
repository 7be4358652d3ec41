package htmlpage

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/pare-dev/pare/article"
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
	type page struct {
		blocks []article.Block
		srcs   []blockSource
	}
	for _, set := range []string{"corpus", "corpus-body"} {
		paths, _ := filepath.Glob(filepath.Join("../../../../shared", set, "html", "*.html"))
		sort.Strings(paths)
		var pages []page
		size := 0
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
			bb := splitPage(root, "https://example.org/a/", false)
			pages = append(pages, page{bb.blocks, bb.srcs})
			size += len(src)
		}
		b.Run("set="+set, func(b *testing.B) {
			if len(pages) == 0 {
				b.Skip("no corpus")
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu := cputime.Process()
			for b.Loop() {
				for _, p := range pages {
					renderBlocks(p.blocks, p.srcs, "https://example.org/a/", false)
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
