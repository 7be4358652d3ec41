package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/mdsafe"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// TestCorpusEscapes checks the Markdown of the corpus's HTML pages, block
// by block: outside code, no entity a CommonMark reader would decode and
// no no-break space; and no backslash that could go without changing what
// goldmark renders. With -short it looks at one page in ten. The escapes
// of one text dump in ten are checked as well. It is skipped when the
// corpus is absent.
func TestCorpusEscapes(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "html", "*.html"))
	if len(pages) == 0 {
		t.Skip("corpus absent")
	}
	step := 1
	if testing.Short() {
		step = 10
	}
	escapes := 0
	for i := 0; i < len(pages); i += step {
		b, err := os.ReadFile(pages[i])
		if err != nil {
			t.Fatal(err)
		}
		doc, err := ExtractBytes(b, Options{Input: HTML})
		if err != nil {
			continue
		}
		name := filepath.Base(pages[i])
		for _, blk := range doc.Blocks {
			if blk.Kind == article.Code {
				continue
			}
			md := blk.Text
			if blk.Kind == article.Heading {
				md = "## " + md
			}
			checkTextNodes(t, name, md)
			escapes += checkEscapes(t, name, md)
		}
	}
	// The text path's escapes too, on one dump in ten of each kind.
	for _, sub := range []string{"text", "innertext"} {
		dumps, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", sub, "*.txt"))
		for i := 0; i < len(dumps); i += 10 {
			b, err := os.ReadFile(dumps[i])
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ExtractBytes(b, Options{Input: Text})
			if err != nil {
				continue
			}
			for _, blk := range doc.Blocks {
				md := blk.Text
				if blk.Kind == article.Heading {
					md = "## " + md
				}
				if blk.Kind != article.Code {
					escapes += checkEscapes(t, sub+"/"+filepath.Base(dumps[i]), md)
				}
			}
		}
	}
	t.Logf("%d escapes checked", escapes)
}

// checkTextNodes fails on an entity or a no-break space in the text of md
// outside code, link titles included.
func checkTextNodes(t *testing.T, name, md string) {
	t.Helper()
	src := []byte(md)
	root := unsafeRenderer.Parser().Parse(text.NewReader(src))
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeSpan, ast.KindCodeBlock, ast.KindFencedCodeBlock, ast.KindHTMLBlock, ast.KindRawHTML:
			return ast.WalkSkipChildren, nil
		}
		var s string
		switch n := n.(type) {
		case *ast.Text:
			s = string(n.Segment.Value(src))
		case *ast.Link:
			s = string(n.Title)
		case *ast.Image:
			s = string(n.Title)
		default:
			return ast.WalkContinue, nil
		}
		if strings.ContainsRune(s, '\u00a0') {
			t.Errorf("%s: no-break space in %q", name, s)
		}
		for i := strings.IndexByte(s, '&'); i >= 0; i = strings.IndexByte(s[i+1:], '&') + i + 1 {
			if (i == 0 || s[i-1] != '\\') && mdsafe.EntityLen(s[i:]) > 0 {
				t.Errorf("%s: entity in %q", name, s)
			}
			if strings.IndexByte(s[i+1:], '&') < 0 {
				break
			}
		}
		return ast.WalkContinue, nil
	})
}

// checkEscapes fails on each backslash escape in md whose removal does not
// change goldmark's rendering; it returns how many escapes it tried.
func checkEscapes(t *testing.T, name, md string) int {
	t.Helper()
	if !strings.Contains(md, `\`) {
		return 0
	}
	want := gmRender(t, unsafeRenderer, md)
	n := 0
	for i := 0; i+1 < len(md); i++ {
		if md[i] != '\\' {
			continue
		}
		if !mdsafe.IsASCIIPunct(md[i+1]) {
			continue
		}
		n++
		if gmRender(t, unsafeRenderer, md[:i]+md[i+1:]) == want {
			lo, hi := max(0, i-40), min(len(md), i+40)
			t.Errorf("%s: needless escape of %q in %q", name, md[i+1], md[lo:hi])
		}
		i++
	}
	return n
}
