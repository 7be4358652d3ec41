package textdump

import (
	"strings"
	"testing"
)

func TestHeadingsApart(t *testing.T) {
	cases := []struct {
		name string
		dump string
		want bool
	}{
		{"a text browser's menu with bullets", "  • Home\n  • News\n  • Sport\n\nThe pier reopens\n\nThe town council voted on Thursday.", true},
		{"stars and dashes set in", "    * Start\n    * Politik\n    - Kultur\n\nDer Hafen öffnet wieder", true},
		{"a browser's innerText keeps no markers", "Home\nNews\nSport\nThe pier reopens\n\nThe town council voted on Thursday.", false},
		{"numbers are no bullets", "  1. Preheat the oven.\n  2. Mix the flour.\n  3. Bake for an hour.", false},
		{"two marked items are too few", "  • Inicio\n  • Deportes\n\nEl puerto vuelve a abrir", false},
		{"a dash at the margin is the text's own", "- Home\n- News\n- Sport\nThe pier reopens", false},
		{"images and form fields as labels in brackets", "[Site logo]\nHome News Sport\n[ ] [Search]\n\nThe pier reopens\n\n[Pier at dusk]\n\nThe town council voted on Thursday.", true},
		{"bullets at the margin are the page's own text", "Home\nNews\n• The council met on Thursday.\n• The pier reopens in May.\n• Ferries return in June.\n\nThe town council voted on Thursday.", false},
		{"sentences in brackets are no labels", "Home\n[Read all the news on the harbour in our live blog.]\nThe pier reopens\n\nThe town council voted on Thursday.\n\n[Our newsletter brings the news of the town every morning.]", false},
		{"one bracketed line is too few", "Home\nNews\n[Update] Council meets again\nThe pier reopens\n\nThe town council voted on Thursday.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := headingsApart(readLines(c.dump)); got != c.want {
				t.Errorf("headingsApart = %v, want %v", got, c.want)
			}
		})
	}
}

// TestTextTitleSetApart checks that in a text browser's dump, which sets
// headings apart with empty lines, the headline standing apart wins over a
// photo's caption run together with the lines around it, closer to the
// article and under its date.
func TestTextTitleSetApart(t *testing.T) {
	dump := strings.Join([]string{
		"  • Home", "  • Harbour", "  • Council", "  • Events", "",
		"Ferry pier to be rebuilt after council vote", "",
		"Share on Facebook", "Share on Twitter", "Share by email",
		"Maggie Thornton",
		"March 14, 2024",
		"Pier seen from the harbour",
		"The town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier, which has been closed since the storms of last winter damaged its wooden deck beyond repair.",
		"",
		"The works are to start in spring and should take about eighteen months, the harbour master said after the vote, adding that the ferry would use a temporary landing stage in the meantime.",
	}, "\n")
	doc := FromText(dump)
	if want := "Ferry pier to be rebuilt after council vote"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}
