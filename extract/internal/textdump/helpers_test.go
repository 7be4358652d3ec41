package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

// lineCase is a case of a predicate over one line of a dump.
type lineCase struct {
	name string
	dump string
	line string // the line asked about
	want bool
}

// testLines reads each case's dump and checks what fn, called name, says
// of the line whose text is the case's line (its last showing).
func testLines(t *testing.T, name string, fn func([]textLine, int) bool, cases []lineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			i := -1
			for k, l := range lines {
				if l.text == c.line {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("line %q not read", c.line)
			}
			if got := fn(lines, i); got != c.want {
				t.Errorf("%s(%q) = %v, want %v", name, c.line, got, c.want)
			}
		})
	}
}

// wantTextTitle extracts a text dump and checks the title it finds.
func wantTextTitle(t *testing.T, dump, want string) {
	t.Helper()
	doc, err := extractText([]byte(dump))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}

// extractText runs a dump through the text path, as ExtractBytes does
// with Input: Text.
func extractText(b []byte) (*article.Document, error) {
	return FromText(string(b)), nil
}

func repeatSentence(s string, n int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}
