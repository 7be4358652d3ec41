package article

import (
	"encoding/json"
	"strings"
	"testing"
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
