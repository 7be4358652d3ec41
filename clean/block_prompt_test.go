package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestTrailingPrompt(t *testing.T) {
	body := article.Block{Kind: article.Paragraph, Plain: "The council voted on Thursday to rebuild the pier, and the work is due to begin in the autumn when the ferries stop."}
	follow := article.Block{Kind: article.Paragraph, Plain: "Follow us on Twitter and Instagram for the latest news from the harbour."}
	app := article.Block{Kind: article.Paragraph, Plain: "For the latest stories download our apps for iOS and Android."}
	donate := article.Block{Kind: article.Paragraph, Plain: "Readers who want to support our journalism can donate to the harbour fund, which the council set up in 2019 and which pays for the lifeboat crews every winter."}
	tests := []struct {
		name   string
		blocks []article.Block
		at     int
		drop   bool
	}{
		{"last paragraph", []article.Block{body, follow}, 1, true},
		{"one of two closing prompts", []article.Block{body, follow, app}, 1, true},
		{"before a stub", []article.Block{body, follow, {Kind: article.Heading, Plain: "More news"}}, 1, true},
		{"inside the article", []article.Block{body, donate, body}, 1, false},
		{"no prompt", []article.Block{body, body}, 1, false},
		{"a long closing paragraph", []article.Block{body, {Kind: article.Paragraph, Plain: "On this page you learned how to draw the chart in a few steps. If you have any further questions, please tell me about it in the comments below."}}, 1, false},
		{"a quote is not a paragraph", []article.Block{body, {Kind: article.Quote, Plain: follow.Plain}}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := Context{Blocks: tt.blocks, Index: tt.at}
			if got := TrailingPrompt.Drop(tt.blocks[tt.at], ctx); got != tt.drop {
				t.Errorf("Drop(%q) = %v, want %v", tt.blocks[tt.at].Plain, got, tt.drop)
			}
			// Through ApplyBlocks, which makes the blocks' Lines once
			// for the rules to share, the same block goes.
			_, removed := ApplyBlocks(tt.blocks, "", []BlockRule{TrailingPrompt})
			gone := false
			for _, r := range removed {
				gone = gone || r.Text == tt.blocks[tt.at].Plain
			}
			if gone != tt.drop {
				t.Errorf("ApplyBlocks removes %q: %v, want %v", tt.blocks[tt.at].Plain, gone, tt.drop)
			}
		})
	}
}
