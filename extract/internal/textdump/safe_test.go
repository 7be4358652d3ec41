package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/gmtest"
)

// TestRoundTripText checks that the text of a Markdown special character
// comes back from a CommonMark renderer as it was in the text path's list
// items and table cells (moved from extract's TestRoundTrip).
func TestRoundTripText(t *testing.T) {
	for _, s := range gmtest.RoundTripTexts() {
		t.Run(s, func(t *testing.T) {
			check := func(place, md, want string) {
				t.Helper()
				gmtest.CheckRoundTrip(t, place, md, want)
			}
			check("text list", listBlock([]textLine{{lineForm: lineForm{text: s}}, {lineForm: lineForm{text: s, ordered: true}}}).Text, s+" "+s)
			check("text table", tableBlock([][]string{{"h", "k"}, {s, "v"}}).Text, "h k "+s+" v")
		})
	}
}
