package clean

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestTextBlockRules(t *testing.T) {
	rules := TextBlockRules([]TextRule{CookieNotice, Newsletter}, 400)
	para := func(s string) article.Block { return article.Block{Kind: article.Paragraph, Plain: s, Text: s} }
	cookie := "We use cookies to improve your experience. By continuing you accept our cookie policy."
	story := "The council met on Tuesday and agreed to repair the old bridge before the winter."
	tests := []struct {
		name   string
		blocks []article.Block
		want   []string // rule names of the removals, in order
	}{
		{"cookie note among paragraphs", []article.Block{para(story), para(cookie), para(story)}, []string{"cookie-notice"}},
		{"plain article", []article.Block{para(story), para(story)}, nil},
		{"long paragraph is never judged", []article.Block{para(story), para(cookie + " " + strings.Repeat(story+" ", 5))}, nil},
		{"code block is not judged", []article.Block{para(story), {Kind: article.Code, Plain: cookie, Text: cookie}}, nil},
		{"an article about cookies keeps them", []article.Block{para(cookie), para(cookie), para(cookie), para(cookie), para(story)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, removed := ApplyBlocks(tt.blocks, "", rules)
			var got []string
			for _, r := range removed {
				got = append(got, r.Rule)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("removed by %v, want %v", got, tt.want)
			}
		})
	}
}
