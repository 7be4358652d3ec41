package extract

import (
	"io"
	"os"
	"path/filepath"
	"sort"
	"sync/atomic"
	"testing"
)

// corpusDir is the shared evaluation corpus, beside the repository.
const corpusDir = "../../shared/corpus"

// benchPages returns up to n inputs of one kind: pages of the shared corpus
// when it is there, else the fixtures in testdata.
func benchPages(b *testing.B, corpusSub, fixtureGlob string, n int) [][]byte {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, corpusSub, "*"))
	if len(paths) == 0 {
		paths, _ = filepath.Glob(fixtureGlob)
	}
	sort.Strings(paths)
	if len(paths) > n {
		// An even spread over the sorted names, the same on every run.
		step := len(paths) / n
		var spread []string
		for i := 0; i < n; i++ {
			spread = append(spread, paths[i*step])
		}
		paths = spread
	}
	var pages [][]byte
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			pages = append(pages, data)
		}
	}
	if len(pages) == 0 {
		b.Skip("no pages to run on")
	}
	return pages
}

func benchmarkExtract(b *testing.B, pages [][]byte, in Input) {
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		doc, err := ExtractBytes(p, Options{Input: in})
		if err == nil {
			_ = doc.WriteMarkdown(io.Discard, MarkdownOptions{})
		}
	}
}

// BenchmarkExtractHTML measures the whole HTML path, page to Markdown.
func BenchmarkExtractHTML(b *testing.B) {
	benchmarkExtract(b, benchPages(b, "html", "../testdata/html/*.html", 100), HTML)
}

// BenchmarkExtractText measures the text-dump path on w3m dumps.
func BenchmarkExtractText(b *testing.B) {
	benchmarkExtract(b, benchPages(b, "text", "../testdata/text/*.txt", 100), Text)
}

// BenchmarkExtractInnerText measures the text-dump path on browser
// innerText dumps.
func BenchmarkExtractInnerText(b *testing.B) {
	benchmarkExtract(b, benchPages(b, "innertext", "../testdata/text/*.txt", 100), Text)
}

// BenchmarkExtractHTMLParallel runs the HTML path on every CPU at once, as a
// batch does. Run with -cpu 1,2 to see how it scales: time per page at 2
// should be about half of that at 1.
func BenchmarkExtractHTMLParallel(b *testing.B) {
	pages := benchPages(b, "html", "../testdata/html/*.html", 100)
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			p := pages[int(next.Add(1))%len(pages)]
			doc, err := ExtractBytes(p, Options{Input: HTML})
			if err == nil {
				_ = doc.WriteMarkdown(io.Discard, MarkdownOptions{})
			}
		}
	})
}
