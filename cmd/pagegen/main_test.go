package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGenerate checks that the pages are spread over the sites, carry the
// site's newsletter box, and are the same on each run.
func TestGenerate(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := generate(dir, 12, 3); err != nil {
			t.Fatal(err)
		}
	}
	var n int
	filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		n++
		rel, _ := filepath.Rel(a, p)
		pa, _ := os.ReadFile(p)
		pb, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || string(pa) != string(pb) {
			t.Errorf("%s differs between runs", rel)
		}
		site := strings.TrimPrefix(strings.Split(filepath.ToSlash(rel), "/")[0], "site-00")
		if !strings.Contains(string(pa), "Get the Site "+site+" letter every Friday") {
			t.Errorf("%s lacks its site's newsletter box", rel)
		}
		return nil
	})
	if n != 12 {
		t.Errorf("%d pages, want 12", n)
	}
}
