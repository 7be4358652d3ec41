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
		{"title, then blocks a blank line apart", sampleDoc(), "Storm \"Ylva\": what: next\n\nFirst paragraph.\n\nSection\n\nSubsection\n\n• one\n• two\n"},
		{"links dropped from a paragraph", &Document{Blocks: []Block{{Kind: Paragraph, Text: "See [the map](https://example.org/map \"Map\").", Plain: "See the map."}}}, "See the map.\n"},
		{"emphasis, code spans and escapes read", &Document{Blocks: []Block{{Kind: Paragraph, Text: "A **bold** and _slanted_ `x*y` \\*not\\* a \\# \\&amp; ~~gone~~"}}}, "A bold and slanted x*y *not* a # &amp; gone\n"},
		{"strong emphasis a reader could not pair dropped, a lone pair kept", &Document{Blocks: []Block{{Kind: Paragraph, Text: "**33%**of them, 2 ** 3 and 2*3"}}}, "33%of them, 2 ** 3 and 2*3\n"},
		{"code loses its fence", &Document{Blocks: []Block{{Kind: Code, Text: "```go\nx := 1\n\ny := 2\n```", Plain: "x := 1"}}}, "x := 1\n\ny := 2\n"},
		{"a heading that looks like a list item", &Document{Blocks: []Block{{Kind: Heading, Level: 2, Text: "1\\. Intro"}}}, "1. Intro\n"},
		{"nested and ordered lists", &Document{Blocks: []Block{{Kind: List, Text: "- one\n  - one a\n  - one b\n- two\n\n3. three\n4. [four](https://example.org/4)"}}}, "• one\n  • one a\n  • one b\n• two\n3. three\n4. four\n"},
		{"a table as tab-separated lines", &Document{Blocks: []Block{{Kind: Table, Text: "| Name | Price |\n|---|---|\n| Tea \\| green | 2 |\n| **Cake** | 3 |"}}}, "Name\tPrice\nTea | green\t2\nCake\t3\n"},
		{"a quote as its lines", &Document{Blocks: []Block{{Kind: Quote, Text: "> First line\n>\n> Second *line*"}}}, "First line\n\nSecond line\n"},
		{"an image as its alt text", &Document{Blocks: []Block{{Kind: Figure, Text: "![A harbour at dusk](https://example.org/h.jpg)"}}}, "A harbour at dusk\n"},
		{"a rule writes nothing", &Document{Blocks: []Block{{Kind: Paragraph, Text: "a"}, {Kind: Rule, Text: "---"}, {Kind: Paragraph, Text: "b"}}}, "a\n\nb\n"},
		{"no-break spaces of a dump kept", &Document{Blocks: []Block{{Kind: Paragraph, Text: "10\u00a0km"}}}, "10\u00a0km\n"},
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
