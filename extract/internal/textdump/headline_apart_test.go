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

func TestParagraphByHead(t *testing.T) {
	cases := []lineCase{
		{"a standfirst under its headline", "Home\nHarbour\nHarbour town votes to rebuild its old pier\n\nThe council agreed after a long debate on Thursday\n\nThe pier has been closed since the storms.", "The council agreed after a long debate on Thursday", true},
		{"a teaser above its heading", "Home\n\nDer Rat stimmt nach langer Debatte zu\n\nHafen baut den alten Anleger neu\nStart", "Der Rat stimmt nach langer Debatte zu", true},
		{"the headline itself", "Home\nHarbour\nHarbour town votes to rebuild its old pier\n\nThe council agreed after a long debate on Thursday\n\nText.", "Harbour town votes to rebuild its old pier", false},
		{"under a menu word", "Inicio\nContacto\n\nEl consejo aprobó la obra tras un largo debate\n\nTexto.", "El consejo aprobó la obra tras un largo debate", false},
		{"under a date line", "14 mars 2024 à 18h30\n\nLe conseil a voté la reconstruction du vieux ponton\n\nTexte.", "Le conseil a voté la reconstruction du vieux ponton", false},
		{"between paragraphs", "Rada miasta zagłosowała wczoraj wieczorem.\n\nMolo zostanie odbudowane w przyszłym roku\n\nPrace potrwają półtora roku.\n\n", "Molo zostanie odbudowane w przyszłym roku", false},
	}
	testLines(t, "paragraphByHead", paragraphByHead, cases)
}

func TestSetApart(t *testing.T) {
	cases := []lineCase{
		{"a heading between empty lines", "  • Home\n  • News\n\nThe pier reopens\n\nThe council voted on Thursday.", "The pier reopens", true},
		{"the dump's first line", "Harbour Gazette\n\nNews from the coast\n\nThe council voted on Thursday.", "Harbour Gazette", false},
		{"the first line under empty lines", "\n\nHarbour Gazette\n\nNews from the coast\n\nText.", "Harbour Gazette", false},
		{"the site's tagline under its name", "Harbour Gazette\n\nNews from the coast\n\nThe council voted on Thursday.", "News from the coast", false},
		{"a dated headline under the site's name", "Harbour Gazette\n\nThe pier reopens\n\n14 March 2024\n\nThe council voted on Thursday.", "The pier reopens", true},
		{"the third line", "Harbour Gazette\n\nNews from the coast\n\nThe pier reopens\n\nThe council voted on Thursday.", "The pier reopens", true},
		{"run on under a line", "  • Home\n  • News\n\nDer Hafen liegt im Norden\nDer Anleger öffnet wieder\n\nText.", "Der Anleger öffnet wieder", false},
		{"run on over a line", "  • Home\n\nEl muelle vuelve a abrir\nPuerto\n\nTexto.", "El muelle vuelve a abrir", false},
		{"under a menu's check box", "  • Home\n  • News\n\n[ ]\nThe pier reopens\n\nThe council voted on Thursday.", "The pier reopens", true},
		{"under a search box", "  • Start\n\nSuche: [          ] [Los]\nDer Anleger öffnet wieder\n\nText.", "Der Anleger öffnet wieder", true},
		{"under a search box run on above", "  • Start\nSuche: [          ] [Los]\nDer Anleger öffnet wieder\n\nText.", "Der Anleger öffnet wieder", false},
		{"under its kicker", "  • Home\n\nLocal News |\nFerry pier to be rebuilt after council vote\n\nText.", "Ferry pier to be rebuilt after council vote", true},
		{"under a kicker run on above", "  • Home\nInterview\nDer Hafen braucht einen neuen Anleger\n\nText.", "Der Hafen braucht einen neuen Anleger", false},
		{"under a line of text", "  • Home\n\nThe council met.\nFerry pier to be rebuilt after council vote\n\nText.", "Ferry pier to be rebuilt after council vote", false},
		{"under a longer line", "  • Home\n\nHarbour, pier and ferry news\nPier rebuilt\n\nText.", "Pier rebuilt", false},
		{"under links after a field", "  • Home\n\n[ ] Search Advanced search\n2 posts • Page 1 of 1\n\nText.", "2 posts • Page 1 of 1", false},
	}
	testLines(t, "setApart", setApart, cases)
}

func TestFieldLine(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"a check box", "[ ]", true},
		{"a text box and its button", "[                    ][Search]", true},
		{"a labelled search box", "Buscar: [          ] [Ir]", true},
		{"a field and links after it", "[ ] Suche Erweiterte Suche", false},
		{"a picture's label", "[Harbour at dusk]", false},
		{"a link in brackets", "[Weiterlesen]", false},
		{"words only", "The pier reopens", false},
		{"a long line with a field", "Enter your e-mail address here to get our weekly letter [ ] [OK]", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fieldLine(c.line); got != c.want {
				t.Errorf("fieldLine(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

func TestStandfirstApart(t *testing.T) {
	cases := []struct {
		name string
		dump string
		head string // the line above
		want bool
	}{
		{"a headline over its standfirst", "  • Home\n  • News\n\nGreen harbours\n\nHow small ports cut their emissions\n\nText.", "Green harbours", true},
		{"a standfirst not twice as long", "  • Home\n  • News\n\nGreen harbours\n\nSmall ports cut emissions\n\nText.", "Green harbours", false},
		{"a single word over it", "  • Home\n  • News\n\nHarbours\n\nHow small ports cut their emissions\n\nText.", "Harbours", false},
		{"tags over it", "  • Home\n  • News\n\nPorts, Ships, Climate\n\nHow small ports cut their emissions and their costs\n\nText.", "Ports, Ships, Climate", false},
		{"run on with the line under it", "  • Home\n  • News\n\nGrüne Häfen\nWie kleine Häfen ihren Ausstoß senken\n\nText.", "Grüne Häfen", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			a := -1
			for k, l := range lines {
				if l.text == c.head {
					a = k
				}
			}
			if a < 0 || a+1 >= len(lines) {
				t.Fatalf("line %q not read", c.head)
			}
			if got := standfirstApart(lines, a, a+1); got != c.want {
				t.Errorf("standfirstApart(%q, %q) = %v, want %v", c.head, lines[a+1].text, got, c.want)
			}
		})
	}
}

// TestTextTitleOverStandfirstApart checks that in a text browser's dump a
// short headline set apart over a standfirst set apart wins over it when
// the two score alike.
func TestTextTitleOverStandfirstApart(t *testing.T) {
	dump := strings.Join([]string{
		"  • Home", "  • Harbour", "  • Council", "",
		"Harbours going green", "",
		"Electrification transforms coastal harbours", "",
		"Many coastal harbours have cut their emissions by half over the last ten years, the harbour board said on Thursday, as electrification moved ferries to batteries and cranes to the grid.",
		"",
		"Harbour masters from six towns met in Port Aldery to compare what they had done; the green harbours of the coast want to go further by 2030, they said.",
	}, "\n")
	lines := readLines(dump)
	start, end := findRegion(lines)
	if got := titleText(lines, findTitle(lines, start, end)); got != "Harbours going green" {
		t.Errorf("title = %q, want %q", got, "Harbours going green")
	}
}
