package textdump

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
			doc, err := extractText([]byte(dump))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != c.headline {
				t.Errorf("title = %q, want %q", doc.Title, c.headline)
			}
		})
	}
}

// TestTextTitleOverOpeningLine checks that a short line opening the
// region (a subtitle, a caption) does not win over the headline above it
// for sharing its own words with the article.
func TestTextTitleOverOpeningLine(t *testing.T) {
	cases := []struct {
		name, headline, opening string
		paras                   []string
	}{
		{"German holiday home", "Die Blockhütte am Waldrand", "Hütte für zwei bis fünf Gäste (Zustellbetten für Kinder auf Anfrage)", []string{
			"Die helle und liebevoll eingerichtete Blockhütte hat eine Wohnfläche von sechzig Quadratmetern und liegt direkt am Waldrand. Vom Wohnzimmer aus sieht man über die Wiese bis zum Ufer.",
			"Im Erdgeschoss liegen die Küche mit Essplatz, ein Duschbad und das Wohnzimmer mit Kamin. Unter dem Dach schlafen die Gäste in zwei Zimmern mit Blick ins Grüne.",
			"Bettwäsche und Handtücher liegen bereit, Brennholz für den Kamin gibt es im Schuppen. Haustiere sind nach Absprache willkommen, Rauchen ist nur auf der Terrasse erlaubt.",
		}},
		{"English cabin", "The cabin by the meadow", "A cabin for two to five guests (extra beds for children on request)", []string{
			"The bright and lovingly furnished cabin has sixty square metres of living space and stands right at the edge of the wood. From the living room you look across the meadow to the shore.",
			"On the ground floor are the kitchen with a dining corner, a shower room and the living room with its fireplace. Under the roof, guests sleep in two rooms facing the trees.",
			"Bed linen and towels are ready, and firewood for the fireplace is in the shed. Pets are welcome by arrangement, and smoking is allowed on the terrace only.",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ls := []string{"Ferien am Wald", "", "Start", "Hütten", "Anfahrt", "", c.headline, "", c.opening, ""}
			ls = append(ls, strings.Join(c.paras, "\n\n"))
			doc, err := extractText([]byte(strings.Join(ls, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != c.headline {
				t.Errorf("title = %q, want %q", doc.Title, c.headline)
			}
		})
	}
}

func TestWordsFrom(t *testing.T) {
	para := "Die helle Hütte hat eine Wohnfläche von sechzig Quadratmetern und liegt direkt am Waldrand, mit Blick über die Wiese bis zum Ufer des Sees."
	cases := []struct {
		name  string
		dump  string
		shift int // how far below the region's start words are counted
	}{
		{"opening subtitle left out", "Hütte für zwei bis fünf Gäste am Waldrand\n\n" + para + "\n\n" + para, 1},
		{"opening paragraph kept", para + "\n\n" + para, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			start, end := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			if got := wordsFrom(lines, start, end) - start; got != c.shift {
				t.Errorf("wordsFrom - start = %d, want %d", got, c.shift)
			}
		})
	}
}
