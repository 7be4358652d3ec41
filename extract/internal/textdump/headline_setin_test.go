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
