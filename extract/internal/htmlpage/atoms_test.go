package htmlpage

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestTextSizeLeavesOutLabels(t *testing.T) {
	para := article.Block{Kind: article.Paragraph, Plain: "The council voted on Thursday to rebuild the pier before the winter."}
	tests := []struct {
		name   string
		blocks []article.Block
		want   int
	}{
		{"a paragraph", []article.Block{para}, len(para.Plain)},
		{"names and addresses", []article.Block{{Plain: "Aldershot"}, {Plain: "Leo Example"}, {Plain: "leo.example@example.org"}}, 0},
		{"a line of ideographs", []article.Block{{Plain: "子どもへの虐待をなくすための法律ができました。"}}, 23},
		{"a short heading beside a paragraph", []article.Block{{Kind: article.Heading, Plain: "Costs"}, para}, len(para.Plain)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textSize(tt.blocks); got != tt.want {
				t.Errorf("textSize = %d, want %d", got, tt.want)
			}
		})
	}
}
