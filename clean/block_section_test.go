package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestEmptySection(t *testing.T) {
	related := []article.Block{para(running, 0), heading(2, "More on this"), list("Storm hits coast Budget passed", 30), heading(2, "Comments")}
	labels := []article.Block{para(running, 0), para("Read also:", 0), para("Storm hits coast", 16), para("**Contact:**", 0), para(running, 0)}
	bold := article.Block{Kind: article.Paragraph, Text: "**More topics**", Plain: "More topics"}
	runBlockCases(t, EmptySection, []blockCase{
		{"heading over link list", related, 1, true},
		{"heading at the end", related, 3, true},
		{"heading over text", []article.Block{heading(2, "History"), para(running, 0)}, 0, false},
		{"subheading then text", []article.Block{heading(2, "History"), heading(3, "Early days"), para(running, 0)}, 0, false},
		{"paragraph", related, 0, false},
		{"label over a link", labels, 1, true},
		{"label over text", labels, 3, false},
		{"bold label at the end", []article.Block{para(running, 0), bold}, 1, true},
		{"short sentence announcing a picture", []article.Block{para(running, 0), para("The inside of the case looks like this:", 0)}, 1, false},
		{"sentence ending in a colon is long", []article.Block{para(running+" These are the results:", 0), para("x", 1)}, 0, false},
	})
}
