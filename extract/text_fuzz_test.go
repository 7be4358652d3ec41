package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// FuzzText feeds arbitrary text to the text path: it must not panic, and
// what it writes must be valid UTF-8.
func FuzzText(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
			addSlices(f, b)
		}
	}
	f.Add([]byte("17 Oct, 2025 01:54\n\nTitle\n\n0:00\n29:41\n"))
	f.Add([]byte("  • a\n  1. b\n# c\n[ ]\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		doc, err := ExtractBytes(b, Options{Input: Text})
		if errors.Is(err, ErrInternal) {
			t.Fatalf("ExtractBytes: %v", err) // a panic, caught
		}
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := doc.WriteMarkdown(&buf, MarkdownOptions{}); err != nil {
			t.Fatalf("WriteMarkdown: %v", err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Errorf("output is not valid UTF-8")
		}
	})
}

func TestParseTextDateNoPanic(t *testing.T) {
	for _, s := range []string{"1.", "1.1.", "Jan", "Jan 1", "1 Jan", "2019-", "12:", "31.12.2019 23:", "\xff\xfe", "1st", "of"} {
		t.Run(s, func(t *testing.T) {
			dates.ParseTextDate(s)
			dates.FindTextDate(s)
		})
	}
}
