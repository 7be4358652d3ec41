package extract

import (
	"strings"
	"testing"
)

// standfirstDump builds a dump whose standfirst, with its date under it,
// is parted from the text by a share bar and a picture's credit.
func standfirstDump(headline, standfirst, under string, bar, paras []string) string {
	ls := []string{"Gartenblatt", "Startseite", "Gemüse", "", headline, "", "Anna Muster", "Lesezeit: 3 Minuten", "", standfirst, under, "Bewertung:", ""}
	ls = append(ls, bar...)
	ls = append(ls, "", "Foto: Anna Muster")
	for _, p := range paras {
		ls = append(ls, "", p)
	}
	return strings.Join(ls, "\n")
}

var (
	shareBarDE = []string{"Teilen", "Twittern", "Pinnen", "E-Mail", "Drucken", "Teilen", "Twittern", "Pinnen", "E-Mail"}
	shareBarEN = []string{"Share", "Tweet", "Pin", "Email", "Print", "Share", "Tweet", "Pin", "Email"}
)

func TestLeadAbove(t *testing.T) {
	paras := []string{
		"Pastinaken lassen sich den ganzen Winter über ernten, solange der Boden nicht gefroren ist. Wer sie im Beet lässt, hat immer frisches Gemüse zur Hand und spart sich das Einlagern im Keller.",
		"Am besten schmecken die Wurzeln nach den ersten Frösten, denn dann wandelt die Pflanze einen Teil der Stärke in Zucker um. Eine Schicht Laub über dem Beet hält den Boden länger offen.",
	}
	standfirst := "Im Winter frisches Gemüse aus dem eigenen Beet ernten – mit der robusten Pastinake gelingt das auch ohne Gewächshaus und ohne viel Arbeit!"
	cases := []struct {
		name string
		dump string
		want bool // a standfirst is found above the region
	}{
		{"dated standfirst over a share bar", standfirstDump("Pastinaken ernten: drei Tipps", standfirst, "12. Januar 2022", shareBarDE, paras), true},
		{"standfirst with a byline", standfirstDump("Pastinaken ernten: drei Tipps", standfirst, "Von Anna Muster", shareBarDE, paras), true},
		{"undated paragraph above", standfirstDump("Pastinaken ernten: drei Tipps", standfirst, "Gemüse", shareBarDE, paras), false},
		{"teaser in a dated feed", strings.Join([]string{"Gartenblatt", "3. Januar 2022", "Kohl im Winter", "", standfirst, "12. Januar 2022", ""}, "\n") + "\n" +
			strings.Join(shareBarDE, "\n") + "\n\n" + strings.Join(paras, "\n\n"), false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			start, _ := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			p := leadAbove(lines, start)
			if got := p >= 0; got != c.want {
				t.Fatalf("leadAbove = %d (region at %d), want found = %v", p, start, c.want)
			}
			if p >= 0 && lines[p].text != standfirst {
				t.Errorf("leadAbove gives %q, want the standfirst", lines[p].text)
			}
		})
	}
}

// TestTextTitleOverPartedStandfirst checks that the headline above a
// standfirst that a share bar parts from the text wins over the
// standfirst, whose date stands under it.
func TestTextTitleOverPartedStandfirst(t *testing.T) {
	cases := []struct {
		name, headline, standfirst, under string
		bar, paras                        []string
	}{
		{"German", "Pastinaken ernten: drei Profitipps",
			"Im Winter frisches Gemüse aus dem eigenen Beet ernten – mit der robusten Pastinake gelingt das auch ohne Gewächshaus und ohne viel Arbeit!",
			"12. Januar 2022 09:15 Uhr", shareBarDE, []string{
				"Pastinaken lassen sich den ganzen Winter über ernten, solange der Boden nicht gefroren ist. Wer sie im Beet lässt, hat immer frisches Gemüse zur Hand und spart sich das Einlagern im Keller.",
				"Am besten schmecken die Wurzeln nach den ersten Frösten, denn dann wandelt die Pflanze einen Teil der Stärke in Zucker um. Eine Schicht Laub über dem Beet hält den Boden länger offen.",
				"Geerntet wird mit der Grabegabel, die man eine Handbreit neben der Pflanze einsticht. So bleiben die langen Wurzeln ganz und halten sich im Kühlschrank noch zwei Wochen frisch.",
			}},
		{"English", "Parsnips in winter: grower tips",
			"Fresh vegetables from your own bed all winter long: the hardy parsnip makes that possible without a greenhouse and without much work at all!",
			"By Sam Carter", shareBarEN, []string{
				"Parsnips can be lifted all winter long, as long as the ground is not frozen solid. If you leave them in the bed, you always have fresh roots at hand and need no space in the cellar.",
				"They taste best after the first frosts, when the plant turns part of its starch into sugar. A layer of leaves over the bed keeps the soil open for longer in a hard winter.",
				"Lift them with a fork pushed in a hand's width from the plant. That way the long roots stay whole, and they keep for two weeks in the fridge without losing their taste.",
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dump := standfirstDump(c.headline, c.standfirst, c.under, c.bar, c.paras)
			doc, err := ExtractBytes([]byte(dump), Options{Input: Text})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != c.headline {
				t.Errorf("title = %q, want %q", doc.Title, c.headline)
			}
		})
	}
}
