package article

import (
	"strings"
	"testing"
	"time"

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
	if !strings.HasPrefix(out, "# Storm \"Ylva\": what: next\n\n_2024-02-03_\n\nFirst paragraph.\n") {
		t.Errorf("title and date line wrong:\n%s", out)
	}
}
