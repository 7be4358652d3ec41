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
				addSlices(f, b)
			}
		}
	}
	f.Add([]byte("<html><body><p>x</p></body></html>"))
	f.Add([]byte("Title\n\n17 Oct, 2025 01:54\n\nText of the article, long enough to be one.\n"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ExtractBytes(b, Options{})
		if err != nil {
			// ErrInternal is a panic caught: a bug, as any other error kind.
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrNoContent) && !errors.Is(err, ErrLimit) {
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

// addSlices adds pieces of a fixture to the seed corpus: a whole page
// runs for milliseconds, and the fuzzer mutates short inputs much faster.
func addSlices(f *testing.F, b []byte) {
	const piece = 1 << 10
	for at := 0; at+piece/2 < len(b); at += 3 * piece {
		f.Add(b[at:min(len(b), at+piece)])
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

var _ io.Writer = writerFunc(nil)
