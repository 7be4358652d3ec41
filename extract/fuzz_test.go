package extract

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks that no input makes Extract panic, and that what it
// writes is valid UTF-8. It seeds itself from the fixtures in testdata.
func FuzzExtract(f *testing.F) {
	for _, pattern := range []string{"../testdata/*/*.html", "../testdata/*/*.txt"} {
		paths, _ := filepath.Glob(pattern)
		for _, p := range paths {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
	f.Add([]byte("<html><body><p>x</p></body></html>"))
	f.Add([]byte("Title\n\n17 Oct, 2025 01:54\n\nText of the article, long enough to be one.\n"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ExtractBytes(b, Options{})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrNoContent) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		var sb []byte
		w := writerFunc(func(p []byte) (int, error) { sb = append(sb, p...); return len(p), nil })
		if err := doc.WriteMarkdown(w, MarkdownOptions{}); err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(sb) {
			t.Fatalf("output is not valid UTF-8")
		}
	})
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

var _ io.Writer = writerFunc(nil)
