package htmlpage

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/cputime"
	"golang.org/x/net/html"
)

// passPages parses a spread of the shared corpus's pages (or, without it,
// the fixtures) once, for the benchmarks of single passes.
func passPages(b *testing.B) []*html.Node {
	paths, _ := filepath.Glob("../../../../shared/corpus/html/*.html")
	if len(paths) == 0 {
		paths, _ = filepath.Glob("../../../testdata/html/*.html")
	}
	sort.Strings(paths)
	var roots []*html.Node
	for i := 0; i < len(paths); i += max(1, len(paths)/100) {
		data, err := os.ReadFile(paths[i])
		if err != nil {
			continue
		}
		if root, err := html.Parse(bytes.NewReader(data)); err == nil {
			roots = append(roots, root)
		}
	}
	if len(roots) == 0 {
		b.Skip("no pages")
	}
	return roots
}

// BenchmarkPasses runs pare's own passes of the HTML path, one at a time,
// on pages parsed beforehand: the time of one operation is that of the
// pass over all the pages.
//
//	go test ./extract/internal/htmlpage -run '^$' -bench Passes -cpu 1
func BenchmarkPasses(b *testing.B) {
	roots := passPages(b)
	run := func(name string, f func()) {
		b.Run("pass="+name, func(b *testing.B) {
			cpu := cputime.Process()
			for range b.N {
				f()
			}
			b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/float64(b.N), "cpu-ns/op")
		})
	}
	run("readPage", func() {
		for _, r := range roots {
			readPage(r, Options{})
		}
	})
	run("clone", func() {
		for _, r := range roots {
			cloneNode(r)
		}
	})
	run("cloneApplyDOM", func() {
		for _, r := range roots {
			clean.ApplyDOM(cloneNode(r), clean.DefaultDOMRules())
		}
	})
	var split []*blockBuilder
	var titles []string
	for _, r := range roots {
		doc, _, _, _ := readPage(r, Options{})
		titles = append(titles, doc.Title)
		split = append(split, splitPage(r, "", false))
	}
	run("splitPage", func() {
		for _, r := range roots {
			splitPage(r, "", false)
		}
	})
	run("classify", func() {
		for _, pb := range split {
			denseArticle(pb, "", "", false, math.Inf(1))
		}
	})
	run("headline", func() {
		for k, pb := range split {
			sz := sizesOf(pb.blocks)
			if h, titled := headlineAt(pb.blocks, sz, titles[k]); h >= 0 {
				section, end := underHeadline(pb.blocks, sz, h)
				headlineChoice(pb.blocks, sz, h, section, end, titled, pb.blocks[:h])
			}
			textSize(pb.blocks)
			dropRepeats(pb.blocks)
		}
	})
}
