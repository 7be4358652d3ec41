package extract

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden Markdown files in testdata/text")

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

// lineDiff lists the lines that differ between want and got.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			sb.WriteString("line " + itoa(i+1) + ":\n  want: " + a + "\n  got:  " + b + "\n")
		}
	}
	return sb.String()
}
