package textdump

import (
	"strings"
	"testing"
)

func TestStandfirstBelow(t *testing.T) {
	line := func(s string) textLine { return readLines(s)[0] }
	cases := []struct {
		name     string
		headline string
		under    string
		want     bool
	}{
		{"headline over a longer summary", "Harbour town votes to rebuild its old pier",
			"The council voted seven to two on Thursday after a long debate about the costs and the ferry service", true},
		{"German headline over its summary", "Die Stadt baut den alten Hafen wieder auf",
			"Nach langer Debatte stimmt der Rat für den Neubau, die Kosten trägt zum größten Teil das Land", true},
		{"a kicker is no headline", "Verkehr",
			"Die Stadt baut den alten Hafen wieder auf und plant eine neue Fähre", false},
		{"a list of tags is no headline", "Politik, Verkehr, Hafen, Stadtrat",
			"Die Stadt baut den alten Hafen wieder auf und plant eine neue Fähre", false},
		{"the line under is shorter", "The council voted seven to two on Thursday after a long debate",
			"Harbour town rebuilds its pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := standfirstBelow(line(c.headline), line(c.under), true); got != c.want {
				t.Errorf("standfirstBelow(%q, %q) = %v, want %v", c.headline, c.under, got, c.want)
			}
		})
	}
}

// TestStandfirstBelowParagraph checks that in a dump that sets only
// paragraphs apart, a line set apart over a longer one is a paragraph, no
// headline, while in a text browser's dump it may be a headline.
func TestStandfirstBelowParagraph(t *testing.T) {
	dump := "Home\n\nHarbour town votes to rebuild its old pier\n\nThe council voted seven to two on Thursday after a long debate about the costs and the ferry service"
	run := "Home\nHarbour town votes to rebuild its old pier\nThe council voted seven to two on Thursday after a long debate about the costs and the ferry service"
	cases := []struct {
		name, dump  string
		apart, want bool
	}{
		{"set apart in a text browser's dump", dump, true, true},
		{"set apart in a browser's innerText", dump, false, false},
		{"run on in a browser's innerText", run, false, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			if got := standfirstBelow(lines[1], lines[2], c.apart); got != c.want {
				t.Errorf("standfirstBelow = %v, want %v", got, c.want)
			}
		})
	}
}

// TestTextTitleOverStandfirst checks that in a text browser's dump the
// headline set apart wins over the longer standfirst set apart under it.
func TestTextTitleOverStandfirst(t *testing.T) {
	dump := strings.Join([]string{
		"  • Home", "  • News", "  • Local", "",
		"Port Aldery votes to rebuild its ferry pier", "",
		"The council of Port Aldery voted on Thursday to rebuild the old ferry pier and bring the ferries back to the harbour", "",
		"March 14, 2024", "",
		"The ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back. " +
			"The vote ended a debate that had split the town since the last boat left.", "",
		"Building the new pier will take two years and cost more than the town spends on its roads in a decade. " +
			"The state has promised to pay for most of it.", "",
		"Ferry companies have said they would return once the pier is safe, and the first of them has asked for a date. " +
			"The harbour master expects the first boats in the spring after next.",
	}, "\n")
	wantTextTitle(t, dump, "Port Aldery votes to rebuild its ferry pier")
}
