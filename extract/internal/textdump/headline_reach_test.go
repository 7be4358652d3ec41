package textdump

import (
	"strings"
	"testing"
)

func TestHeadlineReach(t *testing.T) {
	body := "\n\nThe town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier, closed since the storms of last winter.\n\nWork is to start in spring and last about eighteen months, the harbour master said after the vote. Until then the ferry calls at a makeshift jetty.\n"
	menu := strings.Repeat("  • News\n  • Sport\n", 40)
	longMenu := strings.Repeat(menu, 3)
	cases := []struct {
		name, dump, title, want string
	}{
		{"a candidate", "Coastal Ledger\n\nHarbour town votes to rebuild its pier\n\n14 March 2024" + body, "Harbour town votes to rebuild its pier", "candidate"},
		{"after a kicker", "Coastal Ledger\n\nFerries: Harbour town votes to rebuild its pier\n\n14 March 2024" + body, "Harbour town votes to rebuild its pier", "the end of a line, after a kicker or a trail"},
		{"with more after it", "Coastal Ledger\n\nHarbour town votes to rebuild its pier Seven votes to two\n\n14 March 2024" + body, "Harbour town votes to rebuild its pier", "the start of a line, with more after it"},
		{"set on two lines", "Coastal Ledger\n\nHarbour town votes\nto rebuild its pier\n\n14 March 2024" + body, "Harbour town votes to rebuild its pier", "two lines joined"},
		{"a list item", "Coastal Ledger\n\n  • Harbour town votes to rebuild its pier\n  • Weather\n\n" + body, "Harbour town votes to rebuild its pier", "a line that is no candidate: a list item"},
		{"far above the region", "Harbour town votes to rebuild its pier\n\n" + menu + body, "Harbour town votes to rebuild its pier", "a line far above the region with no date under it"},
		{"above the lines weighed", "Harbour town votes to rebuild its pier\n\n" + longMenu + body, "Harbour town votes to rebuild its pier", "a line that may be a headline, above the lines weighed"},
		{"not in the dump", "Coastal Ledger\n\nNews in brief" + body, "Harbour town votes to rebuild its pier", "not in the dump as a line or a part of one"},
		{"no region", "Coastal Ledger\n\n  • News\n  • Sport\n", "Harbour town votes to rebuild its pier", "no article region"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			is := func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), c.title) }
			if got := HeadlineReach(c.dump, is); got != c.want {
				t.Errorf("HeadlineReach = %q, want %q", got, c.want)
			}
		})
	}
}

func TestHeadlineReachAt(t *testing.T) {
	body := "\n\nThe town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier, closed since the storms of last winter.\n\nWork is to start in spring and last about eighteen months, the harbour master said after the vote. Until then the ferry calls at a makeshift jetty.\n"
	cases := []struct {
		name, dump, title string
		line, start       int
		text              string
	}{
		{"a candidate", "Coastal Ledger\n\nHarbour town votes to rebuild its pier\n\n14 March 2024" + body, "Harbour town votes to rebuild its pier", 1, 3, "Harbour town votes to rebuild its pier"},
		{"after a kicker", "Coastal Ledger\n\nFerries: Harbour town votes to rebuild its pier\n\n14 March 2024" + body, "Harbour town votes to rebuild its pier", 1, 3, "Ferries: Harbour town votes to rebuild its pier"},
		{"not in the dump", "Coastal Ledger\n\nNews in brief" + body, "Harbour town votes to rebuild its pier", -1, 2, ""},
		{"no region", "Coastal Ledger\n\n  • News\n  • Sport\n", "Harbour town votes to rebuild its pier", -1, -1, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			is := func(s string) bool { return strings.EqualFold(strings.TrimSpace(s), c.title) }
			got := HeadlineReachAt(c.dump, is)
			if got.Line != c.line || got.Start != c.start || got.Text != c.text {
				t.Errorf("HeadlineReachAt = line %d, start %d, %q; want line %d, start %d, %q", got.Line, got.Start, got.Text, c.line, c.start, c.text)
			}
			if want := HeadlineReach(c.dump, is); got.Why != want {
				t.Errorf("HeadlineReachAt says %q, HeadlineReach %q", got.Why, want)
			}
		})
	}
}
