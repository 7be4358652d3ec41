package clean

import "testing"

// blockCase is a block in its article and whether a rule should drop it.
type blockCase struct {
	name   string
	blocks []Block // the article; the block judged is at index
	index  int
	drop   bool
}

func runBlockCases(t *testing.T, rule BlockRule, cases []blockCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ctx := Context{Title: "Bridge opens", Blocks: tc.blocks, Index: tc.index}
			if got := rule.Drop(tc.blocks[tc.index], ctx); got != tc.drop {
				t.Errorf("%s.Drop(%q) = %v, want %v", rule.Name, tc.blocks[tc.index].Plain, got, tc.drop)
			}
		})
	}
}

// para returns a paragraph block whose first links characters are links.
func para(text string, links int) Block {
	return Block{Kind: Paragraph, Text: text, Plain: text, Links: links}
}

func heading(level int, text string) Block {
	return Block{Kind: Heading, Level: level, Text: text, Plain: text}
}

func list(text string, links int) Block {
	return Block{Kind: List, Text: text, Plain: text, Links: links}
}

const running = "The new bridge opened on Monday after three years of work, and the first buses crossed it at noon. It cost twelve million."

func TestTitleRepeat(t *testing.T) {
	runBlockCases(t, TitleRepeat, []blockCase{
		{"heading repeats title", []Block{heading(1, "Bridge opens!")}, 0, true},
		{"caption repeats title", []Block{para("“Bridge opens”", 0)}, 0, true},
		{"other heading", []Block{heading(2, "History")}, 0, false},
	})
}
