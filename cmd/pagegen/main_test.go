package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/crawl"
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

// TestGenerateWARC checks that the crawl holds the same pages as the
// folder, in order, with their URLs.
func TestGenerateWARC(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "crawl.warc.gz")
	if err := generateWARC(file, 5, 2); err != nil {
		t.Fatal(err)
	}
	if err := generate(dir, 5, 2); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := crawl.NewReader(f, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	i := 0
	for {
		p, err := r.Next()
		if err == io.EOF {
			break
		}
		if errors.Is(err, crawl.ErrSkipped) {
			continue // the request records
		}
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprintf("https://site-%03d.example/%d/page-%06d", i%2, 2000+i, i)
		html, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("site-%03d/%d/page-%06d.html", i%2, 2000+i, i)))
		if p.URL != want || string(p.Body) != string(html) {
			t.Errorf("page %d: %s, want %s and the folder's page", i, p.URL, want)
		}
		i++
	}
	if i != 5 {
		t.Errorf("%d pages, want 5", i)
	}
}
