package textdump

import (
	"strings"
	"testing"
)

func TestQuestionHead(t *testing.T) {
	cases := []struct {
		name, dump string
		want       bool
	}{
		{"a question run into the text", "Kredit\nLeasen, finanzieren oder kaufen – was ist günstiger?\n\nSie können auf verschiedenen Wegen zu einem Auto kommen.", true},
		{"a question set apart is a paragraph", "Kredit\n\nLeasen, finanzieren oder kaufen – was ist günstiger?\n\nSie können auf verschiedenen Wegen zu einem Auto kommen.", false},
		{"a question run on with the next line", "Kredit\nLeasen, finanzieren oder kaufen – was ist günstiger?\nSie können auf verschiedenen Wegen zu einem Auto kommen.", false},
		{"a statement run into the text", "Kredit\nLeasen, finanzieren oder kaufen, das ist hier die Wahl.\n\nSie können auf verschiedenen Wegen zu einem Auto kommen.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			if got := questionHead(lines[1]); got != c.want {
				t.Errorf("questionHead(%q) = %v, want %v", lines[1].text, got, c.want)
			}
		})
	}
}

// TestTextTitleQuestionHead checks that in a browser's innerText a question
// that opens the region, with no empty line above it, is taken for the
// headline over a section's name the page repeats.
func TestTextTitleQuestionHead(t *testing.T) {
	dump := strings.Join([]string{
		"Port Aldery Gazette", "Home", "Harbour", "Ferry and bridge", "Events",
		"Ferry and bridge", "Ferries",
		"Ferry or bridge, which one should the town build?", "",
		"The ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back. " +
			"The vote of the town council ended a debate that had split the town since the last boat left.", "",
		"Building the new pier will take two years and cost more than the town spends on its roads in a decade. " +
			"The state has promised to pay for most of it, the council says, and to rebuild the wall of the old harbour.", "",
		"A bridge would cost three times as much, and the islanders fear it would bring the traffic of the mainland.",
	}, "\n")
	wantTextTitle(t, dump, "Ferry or bridge, which one should the town build?")
}
