package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtractHTML feeds pages built from the fixtures to the HTML path: it
// must not panic, and what it writes must be valid UTF-8.
func FuzzExtractHTML(f *testing.F) {
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html"))
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("<html><body><h1>x</h1><div><img src=a></div></body></html>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		doc, err := ExtractBytes(page, Options{Input: HTML})
		if err != nil {
			return // bad input is an error, not a crash
		}
		var out bytes.Buffer
		if err := doc.WriteMarkdown(&out, MarkdownOptions{}); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(out.Bytes()) {
			t.Errorf("output is not valid UTF-8")
		}
	})
}

// BenchmarkExtractHTML measures the HTML path on the fixtures.
func BenchmarkExtractHTML(b *testing.B) {
	pages, _ := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html"))
	var data [][]byte
	for _, p := range pages {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range data {
			if _, err := ExtractBytes(d, Options{Input: HTML}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
