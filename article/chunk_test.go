package article

import (
	"encoding/json"
	"strings"
	"testing"
)

// longDoc is an article with sections, a long paragraph and a long list.
func longDoc() *Document {
	sentence := "The ferry runs every hour in summer and every two hours in winter. "
	var items []string
	for i := range 12 {
		items = append(items, "- Stop "+string(rune('A'+i))+" by the harbour wall, near the old crane")
	}
	return &Document{
		Title: "Ferries of Port Aldery", URL: "https://ledger.example.com/ferries", Lang: "en",
		Blocks: []Block{
			{Kind: Paragraph, Text: "A short guide to the ferries."},
			{Kind: Heading, Level: 2, Text: "Timetable"},
			{Kind: Paragraph, Text: strings.Repeat(sentence, 6) + "See [the timetable. It changes](https://ledger.example.com/t) often."},
			{Kind: Heading, Level: 3, Text: "Winter"},
			{Kind: Paragraph, Text: "In winter *some boats. Stop* early."},
			{Kind: Heading, Level: 2, Text: "Stops"},
			{Kind: List, Text: strings.Join(items, "\n")},
			{Kind: Table, Text: "| Stop | Minutes |\n|---|---|\n| A | 5 |"},
		},
	}
}

func TestChunks(t *testing.T) {
	doc := longDoc()
	for _, max := range []int{0, 10, 25, 60, 1000} {
		t.Run("max "+jsonString(max), func(t *testing.T) {
			chunks := doc.Chunks(max)
			var texts []string
			for i, c := range chunks {
				if c.Index != i {
					t.Errorf("chunk %d has index %d", i, c.Index)
				}
				if c.URL == nil || *c.URL != doc.URL || c.Markdown != nil {
					t.Errorf("chunk %d metadata: url %v, markdown %v", i, c.URL, c.Markdown)
				}
				if len(c.HeadingPath) == 0 || c.HeadingPath[0] != doc.Title {
					t.Errorf("chunk %d heading path %q", i, c.HeadingPath)
				}
				if n := len(strings.Fields(BlockText(Block{Kind: Paragraph, Text: c.Text}))); max > 0 && n > max && !strings.Contains(c.Text, "|") {
					// Only an unsplittable unit may pass max: check that
					// the chunk is a single sentence or item.
					if strings.Count(c.Text, ". ") > 1 && !strings.HasPrefix(c.Text, "#") {
						t.Errorf("chunk %d has %d words, max %d: %q", i, n, max, c.Text)
					}
				}
				texts = append(texts, c.Text)
			}
			// Re-joined, the chunks give back the body.
			if got, want := strings.Join(strings.Fields(strings.Join(texts, " ")), " "), strings.Join(strings.Fields(doc.Body()), " "); got != want {
				t.Errorf("re-joined chunks differ from the body:\n%s\nwant\n%s", got, want)
			}
		})
	}
}

func TestChunkBoundaries(t *testing.T) {
	chunks := longDoc().Chunks(25)
	paths := map[string]bool{}
	for _, c := range chunks {
		paths[strings.Join(c.HeadingPath, " > ")] = true
		if strings.Contains(c.Text, "[the timetable.") && !strings.Contains(c.Text, "It changes](") {
			t.Errorf("a link was cut: %q", c.Text)
		}
		if strings.Contains(c.Text, "*some boats.") && !strings.Contains(c.Text, "Stop* early") {
			t.Errorf("emphasis was cut: %q", c.Text)
		}
		if strings.Contains(c.Text, "## Stops") && strings.Contains(c.Text, "Winter") {
			t.Errorf("a chunk crosses a heading: %q", c.Text)
		}
		if strings.HasPrefix(c.Text, "- Stop") || strings.Contains(c.Text, "\n- Stop") {
			for _, l := range strings.Split(c.Text, "\n") {
				if l != "" && !strings.HasPrefix(l, "- ") && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "|") {
					t.Errorf("list chunk with a stray line %q", l)
				}
			}
		}
	}
	for _, want := range []string{"Ferries of Port Aldery", "Ferries of Port Aldery > Timetable", "Ferries of Port Aldery > Timetable > Winter", "Ferries of Port Aldery > Stops"} {
		if !paths[want] {
			t.Errorf("no chunk under %q; paths %v", want, paths)
		}
	}
	if len(chunks) < 6 {
		t.Errorf("%d chunks, want the long paragraph and list split", len(chunks))
	}
}

// TestWriteChunks checks the JSON Lines of the chunks.
func TestWriteChunks(t *testing.T) {
	var sb strings.Builder
	if err := longDoc().WriteChunks(&sb, 25); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(sb.String(), "\n"), "\n")
	if len(lines) != len(longDoc().Chunks(25)) {
		t.Fatalf("%d lines for %d chunks", len(lines), len(longDoc().Chunks(25)))
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"title", "url", "lang", "chunk", "heading_path", "text", "hash"} {
			if _, ok := m[k]; !ok {
				t.Errorf("line %d lacks %s: %s", i, k, l)
			}
		}
		if _, ok := m["markdown"]; ok {
			t.Errorf("line %d holds the whole body", i)
		}
	}
}

func jsonString(n int) string { b, _ := json.Marshal(n); return string(b) }
