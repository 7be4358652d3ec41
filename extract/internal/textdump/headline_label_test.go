package textdump

import (
	"strings"
	"testing"
)

func TestLabelOverDate(t *testing.T) {
	cases := []struct {
		name string
		dump string
		want string // the headline found under the label, "" for none
	}{
		{"a section over its date and headline", "Wohnen\n12. März 2024\nDie Stadt baut neue Wohnungen am Hafen", "Die Stadt baut neue Wohnungen am Hafen"},
		{"an English section", "Money\nMarch 12, 2024, 8:15 AM\nHarbour town votes to rebuild its ferry pier", "Harbour town votes to rebuild its ferry pier"},
		{"no date under the label", "Wohnen\nAktuell\nDie Stadt baut neue Wohnungen am Hafen", ""},
		{"a label too long", "Alles rund ums Wohnen\n12. März 2024\nDie Stadt baut neue Wohnungen am Hafen", ""},
		{"a reading time under the date", "Tutorials\nMarch 12, 2024\n14 minutes - 2910 words", ""},
		{"a short line under the date", "Wohnen\n12. März 2024\nHafen", ""},
		{"a paragraph under the date", "Wohnen\n12. März 2024\nDie Stadt baut am Hafen neue Wohnungen, und der Rat hat am Donnerstag dafür gestimmt.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			got := ""
			if i := labelOverDate(lines, 0); i >= 0 {
				got = lines[i].text
			}
			if got != c.want {
				t.Errorf("labelOverDate = %q, want %q", got, c.want)
			}
		})
	}
}

// TestTextTitleLabelOverDate checks that the headline under a section's
// label and its date wins over the label, which the date under it favours.
func TestTextTitleLabelOverDate(t *testing.T) {
	dump := strings.Join([]string{
		"Port Aldery Gazette", "Home", "Podcast", "Council", "Events", "Harbour News",
		"March 12, 2024, 8:15 AM",
		"Quay plan divides the islanders",
		"Share", "Tweet", "Email",
		"The harbour news of the week: the ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back. " +
			"The vote of the town council ended a debate that had split the town since the last boat left.", "",
		"Building the new pier will take two years and cost more than the town spends on its roads in a decade. " +
			"The state has promised to pay for most of it, the council says, and to rebuild the wall of the old harbour.", "",
		"Ferry companies have said they would return once the pier is safe, and the first of them has asked for a date.",
	}, "\n")
	wantTextTitle(t, dump, "Quay plan divides the islanders")
}
