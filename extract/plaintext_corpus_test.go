package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

// markdownSyntax is what Markdown syntax looks like in a line of text: a
// heading, quote, list or fence mark at its start, a table row or its
// delimiter, a link or image, strong emphasis, a backslash escape, an
// entity. Written without a Markdown parser, to check the one the text
// writer uses.
var markdownSyntax = []*regexp.Regexp{
	regexp.MustCompile(`^#{1,6} `),
	regexp.MustCompile(`^> `),
	regexp.MustCompile(`^\s*[-*+] `),
	regexp.MustCompile("^\\s*(```|~~~)"),
	regexp.MustCompile(`^\|.*\|$`),
	regexp.MustCompile(`^\|? *:?-{3,}:? *\|`),
	regexp.MustCompile(`!?\[[^\]]*\]\([^)]*\)`),
	regexp.MustCompile(`\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__`),
	regexp.MustCompile(`\\[!-/:-@\[-` + "`" + `{-~]`),
	regexp.MustCompile(`&[a-zA-Z]+;|&#[0-9xX]`),
}

// checkPlainText fails when a block's plain text holds Markdown syntax
// that is not in the block's visible text (Plain) as it is.
func checkPlainText(t *testing.T, name string, doc *Document) int {
	t.Helper()
	found := 0
	for _, b := range doc.Blocks {
		if b.Kind == article.Code {
			continue
		}
		for _, line := range strings.Split(article.BlockText(b), "\n") {
			for _, re := range markdownSyntax {
				for _, m := range re.FindAllString(line, -1) {
					if strings.Contains(b.Plain, strings.TrimSpace(m)) {
						continue // the article's own text
					}
					found++
					if found <= 5 {
						t.Errorf("%s: Markdown syntax %q in plain text line %q (block %q)", name, m, line, b.Text)
					}
				}
			}
		}
	}
	return found
}

// TestPlainTextHasNoMarkdown checks --format text's writer on the
// fixtures and, when present, on every page of the corpus (one in ten
// with -short).
func TestPlainTextHasNoMarkdown(t *testing.T) {
	type input struct {
		file string
		in   Input
	}
	var inputs []input
	for _, g := range []struct {
		glob string
		in   Input
	}{
		{filepath.Join("testdata", "html", "*.html"), HTML},
		{filepath.Join("testdata", "text", "*.txt"), Text},
		{filepath.Join("..", "testdata", "html", "*.html"), HTML},
		{filepath.Join("..", "testdata", "text", "*.txt"), Text},
		{filepath.Join("..", "..", "shared", "corpus", "html", "*.html"), HTML},
	} {
		files, _ := filepath.Glob(g.glob)
		step := 1
		if testing.Short() && strings.Contains(g.glob, "shared") {
			step = 10
		}
		for i := 0; i < len(files); i += step {
			inputs = append(inputs, input{files[i], g.in})
		}
	}
	if len(inputs) == 0 {
		t.Skip("no inputs")
	}
	pages, failed := 0, 0
	for _, ip := range inputs {
		f, in := ip.file, ip.in
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ExtractBytes(b, Options{Input: in})
		if err != nil {
			continue
		}
		pages++
		if checkPlainText(t, f, doc) > 0 {
			failed++
		}
	}
	t.Logf("%d pages checked, %d with Markdown syntax in their plain text", pages, failed)
}

// TestChunksRejoin checks on the fixtures and, when present, the corpus
// (one page in ten with -short) that the chunks of every page, re-joined,
// give back its body, and that they keep to their size where they can.
func TestChunksRejoin(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "html", "*.html"))
	corpus, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "html", "*.html"))
	step := 1
	if testing.Short() {
		step = 10
	}
	for i := 0; i < len(corpus); i += step {
		files = append(files, corpus[i])
	}
	if len(files) == 0 {
		t.Skip("no inputs")
	}
	chunks := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ExtractBytes(b, Options{Input: HTML})
		if err != nil {
			continue
		}
		body := strings.Join(strings.Fields(doc.Body()), " ")
		for _, max := range []int{50, 300} {
			var texts []string
			for _, c := range doc.Chunks(max) {
				texts = append(texts, c.Text)
			}
			chunks += len(texts)
			if got := strings.Join(strings.Fields(strings.Join(texts, " ")), " "); got != body {
				t.Errorf("%s: chunks of %d words, re-joined, differ from the body", f, max)
			}
		}
	}
	t.Logf("%d pages, %d chunks", len(files), chunks)
}
