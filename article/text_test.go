package article

import (
	"strings"
	"testing"
)

func TestPlainText(t *testing.T) {
	tests := []struct {
		name string
		doc  *Document
		want string
	}{
		{"title, then blocks a blank line apart", sampleDoc(), "Storm \"Ylva\": what: next\n\nFirst paragraph.\n\nSection\n\nSubsection\n\n- one\n- two\n"},
		{"links dropped from a paragraph", &Document{Blocks: []Block{{Kind: Paragraph, Text: "See [the map](https://example.org/map).", Plain: "See the map."}}}, "See the map.\n"},
		{"code keeps its fence", &Document{Blocks: []Block{{Kind: Code, Text: "```\nx := 1\n```", Plain: "x := 1"}}}, "```\nx := 1\n```\n"},
		{"nothing at all", &Document{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.doc.PlainText(); got != tt.want {
				t.Errorf("PlainText() = %q, want %q", got, tt.want)
			}
			var sb strings.Builder
			if err := tt.doc.WriteText(&sb); err != nil || sb.String() != tt.want {
				t.Errorf("WriteText() = %q, %v, want %q", sb.String(), err, tt.want)
			}
		})
	}
}
