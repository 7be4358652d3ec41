package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextGolden runs every text dump in testdata/text through the text path
// and compares the Markdown with the golden file beside it. Run
// `go test ./extract -run Golden -update` to rewrite the golden files, then
// read the diff.
func TestTextGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "text", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures in testdata/text")
	}
	for _, in := range files {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			got := renderFixture(t, in)
			golden := strings.TrimSuffix(in, ".txt") + ".md"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Markdown differs from %s:\n%s", golden, lineDiff(string(want), string(got)))
			}
		})
	}
}

// renderFixture extracts a text dump and returns its Markdown.
func renderFixture(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ExtractBytes(b, Options{Input: Text})
	if err != nil {
		t.Fatalf("ExtractBytes: %v", err)
	}
	var buf bytes.Buffer
	if err := doc.WriteMarkdown(&buf, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
