package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestLinkParagraph(t *testing.T) {
	runBlockCases(t, LinkParagraph, []blockCase{
		{"teaser link", []article.Block{para("Read also: Council approves the budget", 32)}, 0, true},
		{"back link", []article.Block{para("back to the list", 16)}, 0, true},
		{"running text with a link", []article.Block{para(running, 10)}, 0, false},
		{"no links", []article.Block{para(running, 0)}, 0, false},
		{"spelled-out address", []article.Block{para("http://www.example.org/petition", 31)}, 0, false},
	})
}

func TestLinkList(t *testing.T) {
	runBlockCases(t, LinkList, []blockCase{
		{"related articles", []article.Block{list("Council approves budget Storm hits coast", 38)}, 0, true},
		{"list of facts", []article.Block{list("Length: 420 m Cost: 12 million", 0)}, 0, false},
		{"paragraph is not a list", []article.Block{para("Council approves budget", 23)}, 0, false},
	})
}

func TestLabelledLink(t *testing.T) {
	runBlockCases(t, LabelledLink, []blockCase{
		{"read also", []article.Block{para("Read also: Council approves the budget", 27)}, 0, true},
		{"spanish teaser", []article.Block{para("VEA TAMBIÉN: Cierran la carretera", 20)}, 0, true},
		{"label with a sentence after", []article.Block{para("Note: the link below is old, see the archive for more.", 7)}, 0, false},
		{"long label", []article.Block{para("The council voted on Thursday evening after a long debate: budget", 6)}, 0, false},
		{"bare address", []article.Block{para("http://www.example.org/petition", 31)}, 0, false},
		{"no link", []article.Block{para("Contact: the town hall", 0)}, 0, false},
	})
}
