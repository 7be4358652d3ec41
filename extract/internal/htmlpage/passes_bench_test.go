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

// BenchmarkReadabilityRegion runs the readability pass on the pages of
// both corpora as the HTML path gives them to it: whole (as before
// articleRegion) and cut to the classifier's region. The time of one
// operation is that of the copy of every page and the pass on it.
//
//	go test ./extract/internal/htmlpage -run '^$' -bench ReadabilityRegion -cpu 1
func BenchmarkReadabilityRegion(b *testing.B) {
	var whole, cut []*html.Node
	for _, set := range []string{"corpus", "corpus-body"} {
		paths, _ := filepath.Glob("../../../../shared/" + set + "/html/*.html")
		sort.Strings(paths)
		for i := 0; i < len(paths); i += max(1, len(paths)/150) {
			data, err := os.ReadFile(paths[i])
			if err != nil {
				continue
			}
			root, err := html.Parse(bytes.NewReader(data))
			if err != nil {
				continue
			}
			doc, _, _, _ := readPage(root, Options{})
			clean.ApplyDOM(root, clean.DefaultDOMRules())
			page := cloneNode(root)
			pb := splitPage(page, "", false)
			region := articleRegion(pb.blocks, pb.srcs, classifyBlocks(pb.blocks, doc.Lang), sizesOf(pb.blocks))
			whole = append(whole, cloneNode(root))
			if region != nil {
				keepOnly(root, region)
			}
			cut = append(cut, root)
		}
	}
	if len(whole) == 0 {
		b.Skip("no pages")
	}
	for _, in := range []struct {
		name  string
		roots []*html.Node
	}{{"whole", whole}, {"region", cut}} {
		b.Run("input="+in.name, func(b *testing.B) {
			cpu := cputime.Process()
			for range b.N {
				for _, r := range in.roots {
					c := cloneNode(r)
					readyForReadability(c)
					parser := newParser()
					_, _ = parser.ParseAndMutate(c, nil)
				}
			}
			b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/float64(b.N*len(in.roots)), "cpu-ns/page")
		})
	}
}
