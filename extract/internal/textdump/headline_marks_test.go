package textdump

import (
	"strings"
	"testing"
)

// TestTitleFeaturesWithoutLeadingMarks checks that a headline candidate is
// weighed by the headline it gives: the link and separator marks its line
// opens with, which the headline drops, count neither as a button nor as
// a separator; marks that stay in the headline still count.
func TestTitleFeaturesWithoutLeadingMarks(t *testing.T) {
	cases := []struct {
		name            string
		line            string
		button, divided bool
	}{
		{"a link mark before a name", "[> Anna Berger", false, false},
		{"a bar before a heading", "|Wandern im Herbst", false, false},
		{"a guillemet before a heading", "» Unsere Geschichte", false, false},
		{"an arrow after a link", "Alle Termine ansehen »", true, true},
		{"a breadcrumb", "Start > Team > Anna Berger", false, true},
		{"a plain heading", "Anna Berger", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dump := strings.Join([]string{"  • Home", "  • Team", "  • Contact", "", c.line, "", repeatSentence("Anna Berger joined the harbour board of Port Aldery in spring and looks after its workshops.", 3)}, "\n")
			lines := readLines(dump)
			i := 3
			if lines[i].text != c.line {
				t.Fatalf("line %d is %q, want %q", i, lines[i].text, c.line)
			}
			f := candFeatures(t, lines, i)
			if got := f[hfButton] == 1; got != c.button {
				t.Errorf("button = %v, want %v", got, c.button)
			}
			if got := f[hfSeparators] == 1; got != c.divided {
				t.Errorf("separators = %v, want %v", got, c.divided)
			}
		})
	}
}

// candFeatures returns the features of line i as a headline candidate
// weighed from the region's start; it fails the test when line i is none.
func candFeatures(t *testing.T, lines []textLine, i int) [hfCount]float64 {
	t.Helper()
	start, end := findRegion(lines)
	for _, c := range titleCands(lines, start, end) {
		if c.line == i && c.ctx == ctxRegion {
			return c.f
		}
	}
	t.Fatalf("line %d (%q) is no headline candidate", i, lines[i].text)
	return [hfCount]float64{}
}
