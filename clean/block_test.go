package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

// blockCase is a block in its article and whether a rule should drop it.
type blockCase struct {
	name   string
	blocks []article.Block // the article; the block judged is at index
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
func para(text string, links int) article.Block {
	return article.Block{Kind: article.Paragraph, Text: text, Plain: text, Links: links}
}

func heading(level int, text string) article.Block {
	return article.Block{Kind: article.Heading, Level: level, Text: text, Plain: text}
}

func list(text string, links int) article.Block {
	return article.Block{Kind: article.List, Text: text, Plain: text, Links: links}
}

const running = "The new bridge opened on Monday after three years of work, and the first buses crossed it at noon. It cost twelve million."

func TestTitleRepeat(t *testing.T) {
	runBlockCases(t, TitleRepeat, []blockCase{
		{"heading repeats title", []article.Block{heading(1, "Bridge opens!")}, 0, true},
		{"caption repeats title", []article.Block{para("“Bridge opens”", 0)}, 0, true},
		{"other heading", []article.Block{heading(2, "History")}, 0, false},
	})
}
