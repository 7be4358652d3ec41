package textdump

import (
	"strings"
	"testing"
)

func TestCrumbEnd(t *testing.T) {
	cases := []lineCase{
		{"the end of a numbered trail", " 1. Stadtblatt\n 2. Region\n 3. Hafenstadt\n 4. Der Rat stimmt für den neuen Fähranleger\n\nVon Anna Muster", "Der Rat stimmt für den neuen Fähranleger", true},
		{"a Spanish trail", " 1. Inicio\n 2. Sociedad\n 3. El puerto vuelve a abrir el muelle\n", "El puerto vuelve a abrir el muelle", true},
		{"an entry that the list goes on after", " 1. Start\n 2. Region\n 3. Der Rat stimmt für den Anleger\n 4. Wetter", "Der Rat stimmt für den Anleger", false},
		{"one step only before it", " 1. Start\n 2. Der Rat stimmt für den neuen Anleger\n", "Der Rat stimmt für den neuen Anleger", false},
		{"long entries are a list, not a trail", " 1. Der Hafen wird im Frühjahr umgebaut\n 2. Die Fähren fahren ab Mai wieder\n 3. Der Rat stimmt für den neuen Anleger\n", "Der Rat stimmt für den neuen Anleger", false},
		{"bullets are no numbered trail", "  • Start\n  • Region\n  • Der Rat stimmt für den neuen Anleger\n", "Der Rat stimmt für den neuen Anleger", false},
		{"too short for a headline", " 1. Start\n 2. Region\n 3. Hafenstadt\n", "Hafenstadt", false},
	}
	testLines(t, "crumbEnd", crumbEnd, cases)
}

func TestCrumbHeadline(t *testing.T) {
	trail := " 1. Stadtblatt\n 2. Region\n 3. "
	cases := []struct {
		name string
		dump string
		line string // the line asked about
		want bool
	}{
		{"the trail names the page, a shorter headline under it", trail + "Der Rat stimmt in Hafenstadt für den neuen Fähranleger\n\nRat stimmt für Fähranleger\n\nVon Anna Muster", "Der Rat stimmt in Hafenstadt für den neuen Fähranleger", true},
		{"the same headline under it", trail + "Der Rat stimmt für den neuen Fähranleger\n\nDer Rat stimmt für den neuen Fähranleger\n", "Der Rat stimmt für den neuen Fähranleger", true},
		{"a shortened trail, the headline spelled out under it", trail + "Anleger neu bauen\n\nAnleger neu bauen oder sanieren – was kostet weniger?\n", "Anleger neu bauen", false},
		{"a shortened trail, the headline under it with more words after", " 1. Games\n 2. Reviews\n 3. The Harbour Of Lost Ships\n\nThe Harbour of Lost Ships review\n", "The Harbour Of Lost Ships", false},
		{"a kicker glued before the same words", trail + "Streit um den neuen Fähranleger\n\nHafenstadt Streit um den neuen Fähranleger\n", "Streit um den neuen Fähranleger", true},
		{"no trail", "Streit um den neuen Fähranleger\n\nDer Rat tagt am Donnerstag.", "Streit um den neuen Fähranleger", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			i := -1
			for k, l := range lines {
				if l.text == c.line && i < 0 {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("line %q not read among %d lines", c.line, len(lines))
			}
			if got := crumbHeadline(lines, i); got != c.want {
				t.Errorf("crumbHeadline(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// TestTextTitleCrumbHeadline checks that in a text browser's dump the end
// of a numbered breadcrumb trail that names the page in full wins over the
// shorter headline and the standfirst set apart under it.
func TestTextTitleCrumbHeadline(t *testing.T) {
	dump := strings.Join([]string{
		"  • Home", "  • News", "  • Sport", "",
		"   1. Coastal Ledger", "   2. Harbour", "   3. Port Aldery council votes to rebuild the old ferry pier", "",
		"Pier to be rebuilt", "",
		"Seven votes to two after a long debate on the costs and the timetable of the works", "",
		"By Maggie Thornton", "",
		"The town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier, which has been closed since the storms of last winter damaged its wooden deck beyond repair.",
		"",
		"The works are to start in spring and should take about eighteen months, the harbour master said after the vote, adding that the ferry would use a temporary landing stage in the meantime.",
	}, "\n")
	doc := FromText(dump)
	if want := "Port Aldery council votes to rebuild the old ferry pier"; doc.Title != want {
		t.Errorf("title = %q, want %q", doc.Title, want)
	}
}
