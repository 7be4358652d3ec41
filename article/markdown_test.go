package article

import (
	"strings"
	"testing"
	"time"

	"github.com/pare-dev/pare/internal/gmtest"
	"go.yaml.in/yaml/v3"
)

func sampleDoc() *Document {
	return &Document{
		Title:  `Storm "Ylva": what: next`,
		Date:   Date{Time: time.Date(2024, 2, 3, 0, 0, 0, 0, time.UTC), Precision: Day},
		Author: "Ana Ruiz",
		URL:    "https://example.org/ylva",
		Lang:   "en",
		Blocks: []Block{
			{Kind: Paragraph, Text: "First paragraph.", Plain: "First paragraph."},
			{Kind: Heading, Level: 3, Text: "Section", Plain: "Section"},
			{Kind: Heading, Level: 4, Text: "Subsection", Plain: "Subsection"},
			{Kind: List, Text: "- one\n- two", Plain: "one two"},
		},
	}
}

func TestWriteMarkdownFrontMatter(t *testing.T) {
	var sb strings.Builder
	if err := sampleDoc().WriteMarkdown(&sb, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	if !strings.HasPrefix(out, "---\n") {
		t.Fatalf("no front matter:\n%s", out)
	}
	end := strings.Index(out[4:], "\n---\n")
	if end < 0 {
		t.Fatalf("front matter not closed:\n%s", out)
	}
	var fm map[string]string
	if err := yaml.Unmarshal([]byte(out[4:4+end]), &fm); err != nil {
		t.Fatalf("front matter is not YAML: %v\n%s", err, out)
	}
	want := map[string]string{"title": `Storm "Ylva": what: next`, "date": "2024-02-03",
		"author": "Ana Ruiz", "url": "https://example.org/ylva", "lang": "en"}
	for k, v := range want {
		if fm[k] != v {
			t.Errorf("front matter %s = %q, want %q", k, fm[k], v)
		}
	}
	if _, ok := fm["site"]; ok {
		t.Errorf("unknown site written: %v", fm)
	}
	keys := []string{"title:", "date:", "author:", "url:", "lang:"}
	last := -1
	for _, k := range keys {
		i := strings.Index(out, "\n"+k)
		if i < last {
			t.Errorf("key %s out of order", k)
		}
		last = i
	}
}

func TestWriteMarkdownBody(t *testing.T) {
	var sb strings.Builder
	if err := sampleDoc().WriteMarkdown(&sb, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	body := out[strings.Index(out, "\n---\n")+5:]
	want := "\n# Storm \"Ylva\": what: next\n\nFirst paragraph.\n\n## Section\n\n### Subsection\n\n- one\n- two\n"
	if body != want {
		t.Errorf("body =\n%q\nwant\n%q", body, want)
	}
}

func TestWriteMarkdownWithoutFrontMatter(t *testing.T) {
	var sb strings.Builder
	if err := sampleDoc().WriteMarkdown(&sb, MarkdownOptions{NoFrontMatter: true}); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	if strings.HasPrefix(out, "---") {
		t.Errorf("front matter written:\n%s", out)
	}
	if !strings.HasPrefix(out, "# Storm \"Ylva\": what: next\n\n_2024-02-03 · Ana Ruiz_\n\n<https://example.org/ylva>\n\nFirst paragraph.\n") {
		t.Errorf("title and byline wrong:\n%s", out)
	}
}

func TestBylineWithoutFrontMatter(t *testing.T) {
	day := Date{Time: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC), Precision: Day}
	tests := []struct {
		name string
		doc  Document
		want string
	}{
		{"date, author, site and url", Document{Date: day, Author: "Maggie Thornton", Site: "The Coastal Ledger", URL: "https://ledger.example.com/a/"},
			"_2024-03-14 · Maggie Thornton · The Coastal Ledger_\n\n<https://ledger.example.com/a/>\n\n"},
		{"site alone", Document{Site: "The Coastal Ledger"}, "_The Coastal Ledger_\n\n"},
		{"markup in an author is text", Document{Author: "Ana *the* <b>Ruiz</b>_"}, "_Ana \\*the* \\<b>Ruiz\\</b>\\__\n\n"},
		{"a url that is no web address left out", Document{URL: "javascript:alert(1)"}, ""},
		{"a url with a space", Document{URL: "https://example.org/a b"}, "<https://example.org/a%20b>\n\n"},
		{"nothing known", Document{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.doc.bylineMarkdown()
			if got != tt.want {
				t.Errorf("bylineMarkdown() = %q, want %q", got, tt.want)
			}
			if tt.doc.Author != "" && tt.doc.Site == "" && tt.doc.URL == "" && tt.doc.Date.IsZero() {
				// The italic line renders as emphasis of the text itself.
				html := gmtest.Render(t, gmtest.Unsafe(), got)
				if !strings.HasPrefix(html, "<p><em>") || gmtest.RenderedText(t, html) != tt.doc.Author {
					t.Errorf("rendered %q, want emphasis of %q", html, tt.doc.Author)
				}
			}
		})
	}
}
