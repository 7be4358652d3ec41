package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is what one run of the CLI gave.
type result struct {
	stdout, stderr string
	code           int
}

// runCLI runs pare through Run with args, stdin as its standard input.
func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errb)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// runCLIContext runs pare with a context, and stderr taken for a terminal
// when tty is set (RunContext decides that from the file itself).
func runCLIContext(t *testing.T, ctx context.Context, tty bool, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	ios := &streams{in: strings.NewReader(stdin), out: &out, err: &errb, tty: tty}
	code := run(ctx, args, ios)
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// article is a page of a made-up site, written for these tests.
type article struct {
	title, url, lang string
	paras            []string
	extra            string // HTML added inside the article, after the paragraphs
	chrome           bool   // add a menu and a page footer around the article
}

// html renders the page.
func (a article) html() string {
	var sb strings.Builder
	lang := a.lang
	if lang == "" {
		lang = "en"
	}
	fmt.Fprintf(&sb, "<!DOCTYPE html>\n<html lang=%q><head><meta charset=\"utf-8\">\n<title>%s</title>\n", lang, a.title)
	if a.url != "" {
		fmt.Fprintf(&sb, "<link rel=\"canonical\" href=%q>\n", a.url)
	}
	sb.WriteString("</head><body>\n")
	if a.chrome {
		sb.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/garden">Garden</a></li><li><a href="/kitchen">Kitchen</a></li></ul></nav>` + "\n")
	}
	fmt.Fprintf(&sb, "<main><article><h1>%s</h1>\n", a.title)
	for _, p := range a.paras {
		fmt.Fprintf(&sb, "<p>%s</p>\n", p)
	}
	sb.WriteString(a.extra)
	sb.WriteString("</article></main>\n")
	if a.chrome {
		sb.WriteString(`<footer><p>© Example Gardens. <a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer>` + "\n")
	}
	sb.WriteString("</body></html>\n")
	return sb.String()
}

// sampleParas returns n paragraphs of ordinary prose about topic, each
// different.
func sampleParas(topic string, n int) []string {
	sentences := []string{
		"The first frost came early this year, and the beds had to be covered before the weekend.",
		"Neighbours compared notes over the fence about which varieties had survived the cold nights.",
		"A layer of mulch keeps the soil from drying out and feeds the worms through the winter months.",
		"Most of the seedlings were moved to the greenhouse, where the temperature stays above freezing.",
		"The local allotment society now lends tools to new members who are just getting started.",
		"Rain barrels filled up quickly after the storm, which will help during the dry weeks of summer.",
		"Several readers wrote in to ask how long onions should dry before they are stored in the cellar.",
		"Compost needs air as much as it needs moisture, so turning the heap every fortnight pays off.",
	}
	paras := make([]string, n)
	for i := range paras {
		paras[i] = fmt.Sprintf("%s: %s %s", topic, sentences[i%len(sentences)], sentences[(i+3)%len(sentences)])
	}
	return paras
}

// writeFile writes content to dir/name, making folders as needed.
func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// readFile returns the content of a file, failing the test when it is
// missing.
func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// listFiles returns the files under dir, slash-separated and relative,
// sorted.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	return files
}
