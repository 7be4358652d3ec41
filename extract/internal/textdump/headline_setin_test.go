package textdump

import (
	"strings"
	"testing"
)

func TestSetInHeading(t *testing.T) {
	deep := strings.Repeat(" ", 26)
	menu := "  • Home\n  • News\n  • Sport\n\n"
	cases := []lineCase{
		{"a centred heading", menu + deep + "Competition for the new harbour workshop\n\nText.", "Competition for the new harbour workshop", true},
		{"a list item set in", menu + "    Competition for the new harbour workshop\n\nText.", "Competition for the new harbour workshop", false},
		{"an item nested four deep", menu + strings.Repeat(" ", 14) + "Neubau der Werkstatt am Hafen\n\nText.", "Neubau der Werkstatt am Hafen", false},
		{"centred but run on with the next line", menu + deep + "Nueva sede del taller\n" + deep + "del puerto\n\nTexto.", "Nueva sede del taller", false},
		{"a centred date", menu + deep + "Dienstag, 14. März 2024\n\nText.", "Dienstag, 14. März 2024", false},
		{"in a dump that sets only paragraphs apart", "Home\nNews\nSport\n\n" + deep + "Competition for the new harbour workshop\n\nText.", "Competition for the new harbour workshop", false},
		{"a heading at the margin", menu + "Competition for the new harbour workshop\n\nText.", "Competition for the new harbour workshop", false},
	}
	testLines(t, "setInHeading", setInHeading, cases)
}

// TestTextTitleSetIn checks that a headline a text browser centres, which
// reads as a list item by its indentation, is weighed as the headline.
func TestTextTitleSetIn(t *testing.T) {
	dump := strings.Join([]string{
		"Harbour Board", "",
		"  • Home", "  • Projects", "  • Contact", "",
		"Projects", "",
		strings.Repeat(" ", 24) + "Competition for the new harbour workshop", "",
		"The harbour board of Port Aldery has opened a competition for the design of its new workshop, which is to replace the old sheds by the slipway that the storms of last winter damaged beyond repair.",
		"",
		"Architects may enter their designs until the end of May; a jury of five will choose the winner in the summer, the board said, and the works should start the following spring.",
	}, "\n")
	doc := FromText(dump)
	if want := "Competition for the new harbour workshop"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}
