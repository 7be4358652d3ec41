// Package peers benchmarks pare against the extractors it is measured
// against, go-readability (with html-to-markdown) and go-trafilatura, on the
// same pages of the shared corpus. It is a module of its own so that pare
// itself does not depend on its peers.
package peers

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	readability "codeberg.org/readeck/go-readability/v2"
	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/pare-dev/pare/extract"
)

const corpus = "../../../shared/corpus/html"

// pages returns an even spread of 100 corpus pages, the same on every run.
func pages(b *testing.B) [][]byte {
	paths, _ := filepath.Glob(filepath.Join(corpus, "*.html"))
	if len(paths) == 0 {
		b.Skip("corpus not found at " + corpus)
	}
	sort.Strings(paths)
	const n = 100
	var out [][]byte
	for i := 0; i < n && i*len(paths)/n < len(paths); i++ {
		data, err := os.ReadFile(paths[i*len(paths)/n])
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	return out
}

func run(b *testing.B, f func([]byte)) {
	ps := pages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f(ps[i%len(ps)])
	}
}

// BenchmarkPare is pare's whole HTML path: page in, Markdown out.
func BenchmarkPare(b *testing.B) {
	run(b, func(p []byte) {
		if doc, err := extract.ExtractBytes(p, extract.Options{Input: extract.HTML}); err == nil {
			var buf bytes.Buffer
			_ = doc.WriteMarkdown(&buf, extract.MarkdownOptions{})
		}
	})
}

// BenchmarkReadability is go-readability v2 followed by html-to-markdown.
func BenchmarkReadability(b *testing.B) {
	run(b, func(p []byte) {
		art, err := readability.FromReader(bytes.NewReader(p), nil)
		if err == nil && art.Node != nil {
			_, _ = htmltomarkdown.ConvertNode(art.Node)
		}
	})
}

// BenchmarkTrafilatura is go-trafilatura (with its fallback) followed by
// html-to-markdown.
func BenchmarkTrafilatura(b *testing.B) {
	opts := trafilatura.Options{EnableFallback: true}
	run(b, func(p []byte) {
		res, err := trafilatura.Extract(bytes.NewReader(p), opts)
		if err == nil && res.ContentNode != nil {
			_, _ = htmltomarkdown.ConvertNode(res.ContentNode)
		}
	})
}
