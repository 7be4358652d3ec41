package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/domtext"
)

// TestDOMTextDumps makes DOM text-content dumps (internal/domtext) of a
// handful of the corpus's pages, when ../shared/corpus is present, and
// checks that the text path finds an article in each: a title and at
// least MinArticleRunes of body.
func TestDOMTextDumps(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpus", "html")
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) == 0 {
		t.Skip("no corpus at", dir)
	}
	tmp := t.TempDir()
	const n = 8
	for i := 0; i < n; i++ {
		page := pages[i*len(pages)/n]
		t.Run(filepath.Base(page), func(t *testing.T) {
			raw, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			dump, err := domtext.Dump(raw)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(tmp, filepath.Base(page)+".txt")
			if err := os.WriteFile(file, dump, 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			doc, err := Extract(f, Options{Input: Text})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title == "" {
				t.Error("no title")
			}
			if body := article.TextLength(doc.Blocks); body < article.MinArticleRunes {
				t.Errorf("body of %d runes, want at least %d", body, article.MinArticleRunes)
			}
		})
	}
}
