package extract

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
	doc := fromText(dump, Options{})
	if want := "Ferry pier to be rebuilt after council vote"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}

func TestParagraphByHead(t *testing.T) {
	cases := []struct {
		name string
		dump string
		line string // the line asked about
		want bool
	}{
		{"a standfirst under its headline", "Home\nHarbour\nHarbour town votes to rebuild its old pier\n\nThe council agreed after a long debate on Thursday\n\nThe pier has been closed since the storms.", "The council agreed after a long debate on Thursday", true},
		{"a teaser above its heading", "Home\n\nDer Rat stimmt nach langer Debatte zu\n\nHafen baut den alten Anleger neu\nStart", "Der Rat stimmt nach langer Debatte zu", true},
		{"the headline itself", "Home\nHarbour\nHarbour town votes to rebuild its old pier\n\nThe council agreed after a long debate on Thursday\n\nText.", "Harbour town votes to rebuild its old pier", false},
		{"under a menu word", "Inicio\nContacto\n\nEl consejo aprobó la obra tras un largo debate\n\nTexto.", "El consejo aprobó la obra tras un largo debate", false},
		{"under a date line", "14 mars 2024 à 18h30\n\nLe conseil a voté la reconstruction du vieux ponton\n\nTexte.", "Le conseil a voté la reconstruction du vieux ponton", false},
		{"between paragraphs", "Rada miasta zagłosowała wczoraj wieczorem.\n\nMolo zostanie odbudowane w przyszłym roku\n\nPrace potrwają półtora roku.\n\n", "Molo zostanie odbudowane w przyszłym roku", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			i := -1
			for k, l := range lines {
				if l.text == c.line {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("line %q not read", c.line)
			}
			if got := paragraphByHead(lines, i); got != c.want {
				t.Errorf("paragraphByHead(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
