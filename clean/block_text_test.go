package clean

import (
	"strings"
	"testing"
)

func TestTextBlockRules(t *testing.T) {
	rules := TextBlockRules([]TextRule{CookieNotice, Newsletter}, 400)
	para := func(s string) Block { return Block{Kind: Paragraph, Plain: s, Text: s} }
	cookie := "We use cookies to improve your experience. By continuing you accept our cookie policy."
	article := "The council met on Tuesday and agreed to repair the old bridge before the winter."
	tests := []struct {
		name   string
		blocks []Block
		want   []string // rule names of the removals, in order
	}{
		{"cookie note among paragraphs", []Block{para(article), para(cookie), para(article)}, []string{"cookie-notice"}},
		{"plain article", []Block{para(article), para(article)}, nil},
		{"long paragraph is never judged", []Block{para(article), para(cookie + " " + strings.Repeat(article+" ", 5))}, nil},
		{"code block is not judged", []Block{para(article), {Kind: Code, Plain: cookie, Text: cookie}}, nil},
		{"an article about cookies keeps them", []Block{para(cookie), para(cookie), para(cookie), para(cookie), para(article)}, nil},
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
