package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldenOptions are the options a fixture is extracted with, when not the
// defaults.
var goldenOptions = map[string]Options{
	"howto-en": {Images: true},
}

// TestGolden extracts every page in testdata/html and compares the Markdown
// with the .md file next to it. Run with -update to rewrite the .md files
// after a deliberate change, then review the diff.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatal("no fixtures in testdata/html")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			opts := goldenOptions[name]
			opts.Input = HTML
			doc, err := ExtractBytes(in, opts)
			if err != nil {
				t.Fatalf("extract: %v", err)
			}
			var out bytes.Buffer
			if err := doc.WriteMarkdown(&out, MarkdownOptions{}); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(page, ".html") + ".md"
			if *update {
				if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(out.Bytes(), want) {
				t.Errorf("Markdown differs from %s:\n%s", golden, lineDiff(string(want), out.String()))
			}
		})
	}
}
