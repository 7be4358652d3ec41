package article

import (
	"encoding/json"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestWriteJSON(t *testing.T) {
	tests := []struct {
		name string
		doc  *Document
		want map[string]string // fields that must be present, with their values
	}{
		{"every field", sampleDoc(), map[string]string{
			"title": `Storm "Ylva": what: next`, "date": "2024-02-03", "author": "Ana Ruiz",
			"url": "https://example.org/ylva", "lang": "en", "site": "", "source": "",
		}},
		{"unknown fields are empty, not missing", &Document{Title: "Only a title"}, map[string]string{
			"title": "Only a title", "date": "", "author": "", "markdown": "",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var sb strings.Builder
			if err := tt.doc.WriteJSON(&sb); err != nil {
				t.Fatal(err)
			}
			if strings.Count(sb.String(), "\n") != 1 || !strings.HasSuffix(sb.String(), "\n") {
				t.Errorf("not one line: %q", sb.String())
			}
			var got map[string]any
			if err := json.Unmarshal([]byte(sb.String()), &got); err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s = %v, want %q", k, got[k], v)
				}
			}
			if _, ok := got["error"]; ok {
				t.Errorf("error field on a document: %v", got["error"])
			}
		})
	}
}

func TestRecordMarshal(t *testing.T) {
	tests := []struct {
		name string
		rec  Record
		want string
	}{
		{"an error keeps its id and line", Record{ID: []byte(`"a1"`), Line: 3, Error: "no article found"}, `{"id":"a1","line":3,"error":"no article found"}` + "\n"},
		{"an id that is no JSON is dropped", Record{ID: []byte(`{bad`), Line: 7}, `{"line":7,"error":"bad id: `},
		{"HTML characters stay", Record{Error: "<b> & </b>"}, `{"error":"<b> & </b>"}` + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(tt.rec.Marshal()); !strings.HasPrefix(got, tt.want) {
				t.Errorf("Marshal() = %q, want prefix %q", got, tt.want)
			}
		})
	}
}

func TestRecordMetadataAndHash(t *testing.T) {
	doc := sampleDoc()
	doc.Description, doc.Image, doc.Tags = "What the storm left", "https://example.org/ylva.jpg", []string{"storms", "coast"}
	var sb strings.Builder
	if err := doc.WriteJSON(&sb); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(sb.String()), &got); err != nil {
		t.Fatal(err)
	}
	if got["description"] != "What the storm left" || got["image"] != "https://example.org/ylva.jpg" {
		t.Errorf("description, image: %v, %v", got["description"], got["image"])
	}
	if tags, _ := got["tags"].([]any); len(tags) != 2 || tags[0] != "storms" {
		t.Errorf("tags = %v", got["tags"])
	}
	var none map[string]any
	json.Unmarshal((&Document{Title: "t"}).Record().Marshal(), &none)
	if tags, ok := none["tags"].([]any); !ok || len(tags) != 0 {
		t.Errorf("tags of a page without any = %#v, want []", none["tags"])
	}

	tests := []struct {
		name string
		a, b *Document
		same bool
	}{
		{"same text, other markup and title", &Document{Title: "A", Blocks: []Block{{Kind: Paragraph, Text: "Hello *world*,\nagain."}}},
			&Document{Title: "B", Blocks: []Block{{Kind: Paragraph, Text: "Hello world, again."}}}, true},
		{"other text", &Document{Blocks: []Block{{Kind: Paragraph, Text: "Hello world."}}},
			&Document{Blocks: []Block{{Kind: Paragraph, Text: "Hello world!"}}}, false},
		{"words moved across blocks", &Document{Blocks: []Block{{Kind: Paragraph, Text: "Hello"}, {Kind: Paragraph, Text: "world"}}},
			&Document{Blocks: []Block{{Kind: Paragraph, Text: "Hello world"}}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ha, hb := tt.a.Hash(), tt.b.Hash()
			if !strings.HasPrefix(ha, "sha256:") || len(ha) != len("sha256:")+64 {
				t.Fatalf("Hash() = %q", ha)
			}
			if (ha == hb) != tt.same {
				t.Errorf("hashes %s and %s, same = %v, want %v", ha, hb, ha == hb, tt.same)
			}
		})
	}
}

func TestFrontMatterMetadata(t *testing.T) {
	doc := sampleDoc()
	doc.Description, doc.Image, doc.Tags = "What: the storm [left]", "https://example.org/ylva.jpg", []string{"storms", "<b>x</b>", "coast"}
	var sb strings.Builder
	if err := doc.WriteMarkdown(&sb, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	out := sb.String()
	end := strings.Index(out[4:], "\n---\n")
	var fm struct {
		Description, Image string
		Tags               []string
	}
	if err := yaml.Unmarshal([]byte(out[4:4+end]), &fm); err != nil {
		t.Fatal(err)
	}
	if fm.Description != doc.Description || fm.Image != doc.Image || strings.Join(fm.Tags, "|") != "storms|coast" {
		t.Errorf("front matter %+v\n%s", fm, out)
	}
	if strings.Index(out, "\nsource:") > strings.Index(out, "\ndescription:") && strings.Contains(out, "\nsource:") {
		t.Errorf("new keys not after the first ones:\n%s", out)
	}
}
