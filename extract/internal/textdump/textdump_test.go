package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

func TestIsQuantity(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"grams", "200 g Mehl", true},
		{"glued unit", "200g Zucker", true},
		{"english cups", "2 cups flour", true},
		{"fraction", "½ TL Salz", true},
		{"spanish", "3 cucharadas de aceite", true},
		{"year", "2019 war ein gutes Jahr", false},
		{"count of things", "12 Kommentare", false},
		{"no number", "Mehl und Zucker", false},
		{"set in", "  3 EL Öl", true},
		{"amount last", "Mehl, 200 g", false},
		{"a number alone", "3", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isQuantity(tt.in); got != tt.want {
				t.Errorf("isQuantity(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestStripSiteSuffix(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"site after a bar", "Was wir über uns wissen | Beispiel.net", "Was wir über uns wissen"},
		{"no bar", "Neue Brücke wird eröffnet", "Neue Brücke wird eröffnet"},
		{"long tail is part of the title", "Wahl 2024 | Was die Parteien zur Rente versprechen und was es kostet", "Wahl 2024 | Was die Parteien zur Rente versprechen und was es kostet"},
		{"short head kept whole", "Rente | Beispiel", "Rente | Beispiel"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := stripSiteSuffix(tt.in); got != tt.want {
				t.Errorf("stripSiteSuffix(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsCode(t *testing.T) {
	tests := []struct {
		name, in string
		want     bool
	}{
		{"assignment and call", "client = socket.socket(AF_INET)", true},
		{"keyword", "import ctypes", true},
		{"braces", "if (port == 0) { port = 8080; }", true},
		{"shell", "$ go build ./...", true},
		{"package manager", "poetry add requests", true},
		{"dockerfile", "CMD flask run app:app", true},
		{"shell variable", "filename=$1", true},
		{"method call", `gui.text_wrapped("[RECV] " + response)`, true},
		{"name with a plural in parentheses", "1 Ei(er)", false},
		{"capitalised word", "Cd players were popular in the nineties.", false},
		{"sentence", "Der Dienst liest die Variablen nur beim Start.", false},
		{"sentence with parentheses", "Die Stadt (rund 40.000 Einwohner) wächst.", false},
		{"heading", "Konfiguration über Umgebungsvariablen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isCode(tt.in); got != tt.want {
				t.Errorf("isCode(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindRegionStopsAtFirstEnd(t *testing.T) {
	para := func(s string) string {
		return s + " Sie sagte, dass die Arbeiten an der Brücke im Frühjahr beginnen und bis zum Herbst dauern sollen, wenn das Wetter mitspielt."
	}
	feed := strings.Repeat(para("Ein anderer Beitrag aus dem Archiv des Blogs erzählt von einem Fest im Sommer.")+"\n", 4)
	var links strings.Builder
	for i := range 40 {
		links.WriteString("Beitrag Nummer " + itoa(i+1) + "\n")
	}
	tests := []struct {
		name, dump, want, notWant string
	}{
		{
			name:    "larger feed after related posts",
			dump:    "Startseite\nNeue Brücke\n" + para("Die Stadt baut eine neue Brücke.") + "\n" + para("Der Rat hat zugestimmt.") + "\nÄhnliche Beiträge\n" + links.String() + feed,
			want:    "Die Stadt baut eine neue Brücke.",
			notWant: "Ein anderer Beitrag",
		},
		{
			name: "menu before the article only",
			dump: "Startseite\nÄhnliche Beiträge\nNeue Brücke\n" + feed,
			want: "Ein anderer Beitrag",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readLines(tt.dump)
			start, end := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			var got []string
			for _, l := range lines[start:end] {
				got = append(got, l.text)
			}
			text := strings.Join(got, "\n")
			if !strings.Contains(text, tt.want) {
				t.Errorf("region %q lacks %q", text, tt.want)
			}
			if tt.notWant != "" && strings.Contains(text, tt.notWant) {
				t.Errorf("region %q holds %q", text, tt.notWant)
			}
		})
	}
}

func TestFindRegionCommentHeading(t *testing.T) {
	long := func(s string) string {
		return s + " Die Regierung hat am Dienstag neue Zahlen vorgelegt, die zeigen, dass der Ausbau der Netze langsamer vorankommt als geplant, und die Opposition fordert nun einen neuen Zeitplan für die nächsten Jahre im ganzen Land. Fachleute halten das für spät, aber nicht für zu spät, und verweisen auf Nachbarländer, die ähnliche Probleme in wenigen Jahren gelöst haben."
	}
	article := long("Der Ausbau stockt.") + "\n" + long("Die Kosten steigen.") + "\n" + long("Die Länder klagen.") + "\n"
	tests := []struct {
		name, after, want, notWant string
	}{
		{
			name:  "analysis under a commentary heading",
			after: "Kommentare\n" + long("Erstens fehlt Personal.") + "\n" + long("Zweitens fehlt Geld.") + "\n" + long("Drittens fehlt Zeit.") + "\n" + long("Viertens fehlt Mut.") + "\n",
			want:  "Viertens fehlt Mut.",
		},
		{
			name:    "comments with names and dates",
			after:   "Kommentare\nAnna\n12. März 2021\n" + long("Ich finde das richtig.") + "\nAntworten\nBernd\n13. März 2021\n" + long("Das sehe ich anders.") + "\n",
			want:    "Die Länder klagen.",
			notWant: "Das sehe ich anders.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRegion(t, "Startseite\n"+article+tt.after+"Impressum\n", tt.want, tt.notWant)
		})
	}
}

func TestTextKeepsParagraphAboveInnerHeadline(t *testing.T) {
	p := func(s string) string {
		return s + " Die Arbeiten an der Brücke sollen im Frühjahr beginnen und bis zum Herbst dauern, wenn das Wetter mitspielt und die Firmen liefern. Der Verkehr wird in dieser Zeit über die alte Straße am Fluss geleitet, die dafür verbreitert wird."
	}
	dump := "Startseite\n" + p("Der Rat hat am Montag zugestimmt.") + "\n\nWas die Anwohner erwarten\n\n" + p("Die Anwohner hoffen auf weniger Lärm.") + "\n" + p("Die Stadt prüft noch die Kosten.") + "\n"
	doc := FromText(dump)
	var body []string
	for _, b := range doc.Blocks {
		body = append(body, b.Plain)
	}
	text := strings.Join(body, "\n")
	for _, want := range []string{"Der Rat hat am Montag zugestimmt.", "Die Stadt prüft noch die Kosten."} {
		if !strings.Contains(text, want) {
			t.Errorf("title %q, body lacks %q:\n%s", doc.Title, want, text)
		}
	}
}

func TestTextDropsDoubledCaption(t *testing.T) {
	p := func(s string) string {
		return s + " Die Arbeiten an der Brücke sollen im Frühjahr beginnen und bis zum Herbst dauern, wenn das Wetter mitspielt und die Firmen liefern."
	}
	caption := "Die alte Brücke im Nebel am Morgen"
	dump := "Neue Brücke für die Stadt\n\n" + p("Der Rat hat am Montag zugestimmt.") + "\n" + caption + caption + "\n" + p("Die Stadt prüft noch die Kosten.") + "\n"
	doc := FromText(dump)
	for _, b := range doc.Blocks {
		if strings.Contains(b.Plain, caption) {
			t.Errorf("body keeps the doubled caption: %q", b.Plain)
		}
	}
	if len(doc.Blocks) < 2 {
		t.Errorf("body lost its paragraphs: %d blocks", len(doc.Blocks))
	}
}

func TestTextKeepsTabbedTable(t *testing.T) {
	p := func(s string) string {
		return s + " Die Arbeiten an der Brücke sollen im Frühjahr beginnen und bis zum Herbst dauern, wenn das Wetter mitspielt und die Firmen liefern."
	}
	dump := "Neue Brücke für die Stadt\n\n" + p("Der Rat hat am Montag zugestimmt.") + "\nBauabschnitt\tBeginn\tKosten\nNordrampe\tMärz\t2 Mio. Euro\nSüdrampe\tMai\t3 Mio. Euro\n" + p("Die Stadt prüft noch die Kosten.") + "\n"
	doc := FromText(dump)
	var table *article.Block
	for i, b := range doc.Blocks {
		if b.Kind == article.Table {
			table = &doc.Blocks[i]
		}
	}
	if table == nil {
		t.Fatalf("no table among %d blocks", len(doc.Blocks))
	}
	want := "| Bauabschnitt | Beginn | Kosten |\n| --- | --- | --- |\n| Nordrampe | März | 2 Mio. Euro |\n| Südrampe | Mai | 3 Mio. Euro |"
	if table.Text != want {
		t.Errorf("table =\n%s\nwant\n%s", table.Text, want)
	}
}

func TestTextResumes(t *testing.T) {
	long := strings.Repeat("Die Arbeiten an der Brücke sollen im Frühjahr beginnen, sagte die Sprecherin der Stadt. ", 8)
	short := "Die Stadt prüft noch die Kosten, sagte der Sprecher am Montag in einer kurzen Mitteilung an die Presse."
	tests := []struct {
		name string
		dump string
		want bool
	}{
		{"one long paragraph under two links", "Neue Ampel am Markt\nParkhaus wird teurer\n" + long, true},
		{"two paragraphs", "Neue Ampel am Markt\n" + short + " " + short + "\n" + short + " " + short, true},
		{"one short paragraph", "Neue Ampel am Markt\nParkhaus wird teurer\n" + short, false},
		{"two paragraphs of 170", "Neue Ampel am Markt\n" + short + " " + short[:60] + ".\n" + short + " " + short[:60] + ".", true},
		{"long paragraph far below", strings.Repeat("Neue Ampel am Markt\n", 8) + long, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readLines(tt.dump)
			if got := textResumes(lines, 0, len(lines)); got != tt.want {
				t.Errorf("textResumes = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTrimTeasers(t *testing.T) {
	long := func(s string) string {
		return s + " Die Gemeinde hat am Dienstag die Pläne für den neuen Radweg vorgestellt, der die beiden Ortsteile verbinden soll, und die Anwohner konnten ihre Fragen stellen. Viele begrüßten das Vorhaben, manche sorgen sich um die Parkplätze an der Hauptstraße."
	}
	article := "Neuer Radweg\n" + long("Der Radweg kommt.") + "\n" + long("Die Kosten trägt das Land.") + "\n" + long("Baubeginn ist im Mai.") + "\n" + long("Der Rat stimmt im März ab.") + "\n"
	teaser := func(kicker, head string) string {
		return kicker + head + "\nEin kurzer Vorspann zu einem anderen Artikel, der hier nur angerissen wird.\n"
	}
	tests := []struct {
		name, after, want, notWant string
	}{
		{
			name:    "three teasers under the article",
			after:   teaser("", "Brücke wird saniert") + teaser("", "Neue Buslinie ab Juni") + teaser("", "Markt zieht um"),
			want:    "Der Rat stimmt im März ab.",
			notWant: "Neue Buslinie ab Juni",
		},
		{
			name:    "teasers under kickers",
			after:   teaser("Verkehr\n", "Brücke wird saniert") + teaser("Stadt\n", "Neue Buslinie ab Juni") + teaser("Stadt\n", "Markt zieht um"),
			want:    "Der Rat stimmt im März ab.",
			notWant: "Brücke wird saniert",
		},
		{
			name:  "two short sections stay",
			after: teaser("", "Was die Anwohner sagen") + teaser("", "Wie es weitergeht"),
			want:  "Wie es weitergeht",
		},
		{
			name:  "numbered steps stay",
			after: teaser("", "Stufe 1") + teaser("", "Stufe 2") + teaser("", "Stufe 3"),
			want:  "Stufe 3",
		},
		{
			name:  "ratings stay",
			after: teaser("", "Annas Wertung 8/10") + teaser("", "Toms Wertung 7/10") + teaser("", "Ullis Wertung 9/10"),
			want:  "Ullis Wertung 9/10",
		},
		{
			name:    "teasers with a year stay teasers",
			after:   teaser("", "Die Preise im Jahr 2024") + teaser("", "Neue Buslinie ab Juni") + teaser("", "Markt zieht um"),
			want:    "Der Rat stimmt im März ab.",
			notWant: "Die Preise im Jahr 2024",
		},
		{
			name:  "sections with long paragraphs stay",
			after: "Was die Anwohner sagen\n" + long("Sie sind froh.") + "\nWie es weitergeht\n" + long("Der Rat entscheidet.") + "\nWer zahlt\n" + long("Das Land zahlt.") + "\n",
			want:  "Das Land zahlt.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRegion(t, "Startseite\n"+article+tt.after+"Impressum\n", tt.want, tt.notWant)
		})
	}
}

func TestTextKeepsDataLines(t *testing.T) {
	p := func(s string) string {
		return s + " Die Arbeiten an der Halle sollen im Frühjahr beginnen und bis zum Herbst dauern, wenn das Wetter mitspielt und die Firmen liefern."
	}
	tests := []struct {
		name, line string
		keep       bool
	}{
		{"figure", "450 Meter Steigung", true},
		{"labelled value", "Eintritt: frei", true},
		{"score", "Heim 3-1 Gast", true},
		{"label without value", "Jetzt registrieren", false},
		{"two words", "Buch bestellen", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := "Startseite\nNeue Halle für den Verein\n" + p("Der Rat hat am Montag zugestimmt.") + "\n" + tt.line + "\nOrt: Halle\n" + p("Die Stadt prüft noch die Kosten.") + "\n" + p("Der Verein freut sich.") + "\nImpressum\n"
			doc := FromText(dump)
			var body []string
			for _, b := range doc.Blocks {
				body = append(body, b.Plain)
			}
			text := strings.Join(body, "\n")
			if got := strings.Contains(text, tt.line); got != tt.keep {
				t.Errorf("kept %q: %v, want %v:\n%s", tt.line, got, tt.keep, text)
			}
		})
	}
}

func TestIsLabelled(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"label and value", "Material: Edelstahl", true},
		{"spaced label", "Mehr dazu: hier", false},
		{"no value", "Zutaten:", false},
		{"no colon", "Edelstahl", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isLabelled(tt.line); got != tt.want {
				t.Errorf("isLabelled(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestFirstEndSkipsPromptsAndMenus(t *testing.T) {
	tests := []struct {
		name, dump string
		want       int // the line firstEnd returns, -1 for none
	}{
		{"heading", "Start\nText\nKommentare\nText", 2},
		{"heading shown twice", "Start\n12 Kommentare\nText\n12 Kommentare\nText", 1},
		{"prompt under every post", "Start\nAdd a comment\nText\nAdd a comment\nText\nAdd a comment\nText", -1},
		{"menu entry", "Start\n  • Ansprechpartner\n  • Presse\nText", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readLines(tt.dump)
			if got := firstEnd(lines, len(lines)); got != tt.want {
				t.Errorf("firstEnd = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestStripMarkerStars(t *testing.T) {
	for _, m := range []string{"☆ ", "★ ", "► ", "▶ "} {
		t.Run(m, func(t *testing.T) {
			got, bullet, _ := stripMarker("  " + m + "Presse")
			if got != "Presse" || !bullet {
				t.Errorf("stripMarker(%q) = %q, %v", m+"Presse", got, bullet)
			}
		})
	}
}

func TestExtendList(t *testing.T) {
	long := func(s string) string {
		return s + " Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt, der die beiden Ortsteile verbinden soll, und die Anwohner konnten ihre Fragen stellen."
	}
	article := "Der neue Garten\n" + long("Der Garten kommt.") + "\n" + long("Die Kosten trägt das Land.") + "\n"
	tests := []struct {
		name, after, want, notWant string
	}{
		{
			name:  "closing list of running words",
			after: "Das sollten Sie wissen:\n  • im Winter nicht düngen\n  • an frostfreien Tagen gießen\n  • keine besondere Pflege nötig\n",
			want:  "keine besondere Pflege nötig",
		},
		{
			name:  "list without markers under a colon",
			after: "Das sollten Sie wissen:\nim Winter nicht düngen\nan frostfreien Tagen gießen\nkeine besondere Pflege nötig\n\n",
			want:  "keine besondere Pflege nötig",
		},
		{
			name:    "menu",
			after:   "  • Startseite\n  • Kontakt\n  • Impressum\n",
			want:    "Die Kosten trägt das Land.",
			notWant: "Kontakt",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRegion(t, "Startseite\n"+article+tt.after+"© 2024 Beispiel\n", tt.want, tt.notWant)
		})
	}
}

func TestStandfirst(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"sentence", "Ihr kennt das sicher auch!", true},
		{"question", "Wer baut die neue Brücke?", true},
		{"label", "Deutlicher Anstieg im März:", false},
		{"breadcrumb", "Start | Blog | Alles klar?", false},
		{"no sentence", "Rezepte für jeden Tag", false},
		{"two words", "Alles klar.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := standfirst(readLines(tt.line)[0]); got != tt.want {
				t.Errorf("standfirst(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestExtendIngredients(t *testing.T) {
	steps := "Den Ofen auf 180 Grad vorheizen und die Form gut einfetten, dann das Mehl mit dem Zucker mischen.\nDie Eier nach und nach unterrühren, bis ein glatter Teig entsteht, und den Teig in die Form geben.\nDen Kuchen etwa 40 Minuten backen, bis er goldbraun ist, und vor dem Anschneiden abkühlen lassen.\n"
	tests := []struct {
		name, above, want, notWant string
	}{
		{
			name:  "ingredients under their heading",
			above: "Drucken\nFür den Teig:\n250 g Mehl\n100 g Zucker\n3 Eier\n1 Prise Salz\nZubereitung\n",
			want:  "Für den Teig:\n250 g Mehl",
		},
		{
			name:  "servings above the ingredients",
			above: "Drucken\nfür 12 Stück\n250 g Mehl\n100 g Zucker\n3 Eier\n1 Prise Salz\nZubereitung\n",
			want:  "für 12 Stück\n250 g Mehl",
		},
		{
			name:    "two amounts are no list",
			above:   "Drucken\nHeute im Angebot\n2 Kuchen\n3 Torten\nZubereitung\n",
			notWant: "3 Torten",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readLines("Startseite\nApfelkuchen\n" + tt.above + steps + "Impressum\n")
			start, end := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			var got []string
			for _, l := range lines[start:end] {
				got = append(got, l.text)
			}
			text := strings.Join(got, "\n")
			if tt.want != "" && !strings.Contains(text, tt.want) {
				t.Errorf("region lacks %q:\n%s", tt.want, text)
			}
			if tt.notWant != "" && strings.Contains(text, tt.notWant) {
				t.Errorf("region holds %q:\n%s", tt.notWant, text)
			}
		})
	}
}

func TestVerseLinesAreNoHeadings(t *testing.T) {
	p := "Die Band hat am Freitag ihr neues Album vorgestellt, und die Kritiker sind sich einig, dass es ihr bestes seit Jahren ist, auch wenn die Texte härter klingen."
	tests := []struct {
		name, dump, line string
		heading          bool
	}{
		{"verse", "Neues Album\n" + p + "\n\nIch ging allein durch die stille Stadt\nWeil keiner mehr auf mich gewartet hat\nDie Nacht war lang und das Licht war matt\n" + p + "\n", "Weil keiner mehr auf mich gewartet hat", false},
		{"heading between paragraphs", "Neues Album\n" + p + "\n\nWas die Kritiker sagen\n\n" + p + "\n", "Was die Kritiker sagen", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := FromText(tt.dump)
			found := false
			for _, b := range doc.Blocks {
				if b.Plain == tt.line {
					found = true
					if got := b.Kind == article.Heading; got != tt.heading {
						t.Errorf("%q: heading %v, want %v", tt.line, got, tt.heading)
					}
				}
			}
			if !found {
				t.Errorf("%q not in the body", tt.line)
			}
		})
	}
}

func TestMarkUnmarkedLists(t *testing.T) {
	p := "Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt, und die Anwohner konnten ihre Fragen stellen."
	tests := []struct {
		name, dump, item string
		list             bool
	}{
		{"items under a colon", p + "\nDie Maße:\nBreite 104 cm\nHöhe 97 cm mit Dach\n" + p + "\n", "Höhe 97 cm mit Dach", true},
		{"menu words under a colon", p + "\nMehr:\nKaninchen\nMeerschweinchen\n" + p + "\n", "Meerschweinchen", false},
		{"no colon", p + "\nBreite 104 cm\nHöhe 97 cm mit Dach\n" + p + "\n", "Höhe 97 cm mit Dach", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readLines(tt.dump)
			markUnmarkedLists(lines, 0, len(lines))
			for _, l := range lines {
				if l.text == tt.item && l.bullet != tt.list {
					t.Errorf("%q marked as a list item: %v, want %v", tt.item, l.bullet, tt.list)
				}
			}
		})
	}
}

func TestIndentedListItems(t *testing.T) {
	tests := []struct {
		name, raw    string
		bullet, code bool
	}{
		{"indented item", "    Milde Hitze nur am Rand", true, false},
		{"indented code", "    return ctypes.cast(addr, ctypes.c_int)", false, true},
		{"margin", "Milde Hitze nur am Rand", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLines(tt.raw)[0]
			if l.bullet != tt.bullet || l.code != tt.code {
				t.Errorf("bullet %v, code %v; want %v, %v", l.bullet, l.code, tt.bullet, tt.code)
			}
		})
	}
}

func TestDroppedLineEndsList(t *testing.T) {
	p := func(s string) string {
		return "  • " + s + " Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt, und die Anwohner konnten ihre Fragen stellen.\n"
	}
	// Bare links, a line the page repeats (dropped), then paragraphs set
	// as list items: the links must not drag the paragraphs into one list
	// that reads as a menu.
	menu := "  • Kontakt\n  • Presse\n  • Archiv\n  • Shop\n  • Abo\n  • Hilfe\n  • Jobs\n"
	dump := menu + "Zum Artikel\n" + p("Der Garten kommt.") + p("Die Kosten trägt das Land.") + "Zum Artikel\n"
	lines := readLines(dump)
	blocks, _, _ := textBlocks(lines, 0, 0, len(lines), -1, -1)
	var body []string
	for _, b := range blocks {
		body = append(body, b.Plain)
	}
	text := strings.Join(body, "\n")
	for _, want := range []string{"Der Garten kommt.", "Die Kosten trägt das Land."} {
		if !strings.Contains(text, want) {
			t.Errorf("body lacks %q:\n%s", want, text)
		}
	}
}

func TestAnnouncesList(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"colon", "Das brauchen Sie:", true},
		{"ellipsis", "Gut passt es zu Menschen, die ...", true},
		{"unicode ellipsis", "Am besten für alle, die…", true},
		{"sentence", "Das brauchen Sie.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := announcesList(tt.line); got != tt.want {
				t.Errorf("announcesList(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestExtendData(t *testing.T) {
	long := func(s string) string {
		return s + " Das Fett schützt die Lager lange vor Verschleiß und Korrosion, auch bei hohen Drehzahlen und großer Hitze, und lässt sich leicht auftragen."
	}
	article := "Schmierfett\n" + long("Das Fett ist neu.") + "\n" + long("Es hält lange.") + "\n"
	tests := []struct {
		name, after, want, notWant string
	}{
		{
			name:  "facts under the article",
			after: "Farbe: grün\nBasisöl: Mineralöl\nPenetration: 220 – 250\nLieferbar: 125 ml\n",
			want:  "Basisöl: Mineralöl",
		},
		{
			name:    "two facts are too few",
			after:   "Farbe: grün\nBasisöl: Mineralöl\nStartseite\n",
			want:    "Es hält lange.",
			notWant: "Basisöl: Mineralöl",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkRegion(t, "Startseite\n"+article+tt.after+"© 2024 Beispiel\n", tt.want, tt.notWant)
		})
	}
}

func TestTrimTailKeepsTextAfterFacts(t *testing.T) {
	long := func(s string) string {
		return s + " Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt, der die beiden Ortsteile verbinden soll, und die Anwohner konnten ihre Fragen stellen."
	}
	var article strings.Builder
	for _, s := range []string{"Eins.", "Zwei.", "Drei.", "Vier.", "Fünf.", "Sechs."} {
		article.WriteString(long(s) + "\n")
	}
	tests := []struct {
		name, gap string
		keep      bool
	}{
		{"facts between", "Fläche: 2 Hektar\nKosten: 1 Million\nBauzeit: 2 Jahre\nEröffnung: Mai\n", true},
		{"list under a colon between", "So kannst du helfen:\nhilf bei der Dokumentation mit\nempfiehl uns weiter\nbiete vor Ort Support an\nübernimm eine Aufgabe im Team\n", true},
		{"table rows between", "Vorteile\tNachteile\nkurze Laufzeit\tfeste Bindung\nniedrige Raten\tkein Eigentum\nsteuerlich absetzbar\tteure Nachzahlung\n", true},
		{"code between", "response = client.recv(4096)\n# show the response\nprint(response)\nclient.close()\n", true},
		{"questions between", "Wie oft wollen Sie messen?\nWie wichtig ist der Preis für Sie?\nWollen Sie es zu Hause tun?\nBrauchen Sie Hilfe dabei?\n", true},
		{"chrome between", "Teilen\nDrucken\nSchlagworte\nMehr\n", false},
		{"picture between", "[gartenplan-800x600]\nDer Plan des neuen Gartens. Foto: Stadtarchiv\n", true},
		{"picture and share bar between", "[gartenplan-800x600]\nTeilen auf Facebook\nDrucken\n", false},
		{"picture with its credit between", "[gartenplan-800x600]\nDer Plan des neuen Gartens. © Stadtarchiv / Anna Muster\n", true},
		{"copyright and menu between", "© 2024 Stadtblatt Nordheim\nImpressum\nDatenschutz\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := readLines("Start\n" + article.String() + tt.gap + long("Zum Schluss.") + "\n")
			start, end := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			var got []string
			for _, l := range lines[start:end] {
				got = append(got, l.text)
			}
			if kept := strings.Contains(strings.Join(got, "\n"), "Zum Schluss."); kept != tt.keep {
				t.Errorf("last paragraph kept: %v, want %v", kept, tt.keep)
			}
		})
	}
}

func TestSignoffKept(t *testing.T) {
	long := func(s string) string {
		return s + " Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt, der die beiden Ortsteile verbinden soll, und die Anwohner konnten ihre Fragen stellen."
	}
	dump := "Start\nNeuer Garten\n" + long("Der Garten kommt.") + "\n" + long("Die Kosten trägt das Land.") + "\n\nLiebe Grüße, Anna\n\nKontakt\nImpressum\n"
	doc := FromText(dump)
	var body []string
	for _, b := range doc.Blocks {
		body = append(body, b.Plain)
	}
	text := strings.Join(body, "\n")
	if !strings.Contains(text, "Liebe Grüße, Anna") {
		t.Errorf("body lacks the farewell:\n%s", text)
	}
	if strings.Contains(text, "Impressum") {
		t.Errorf("body holds the footer:\n%s", text)
	}
}

func TestTextKeepsLoneRowOfFigures(t *testing.T) {
	p := func(s string) string {
		return s + " Die Arbeiten an der Brücke sollen im Frühjahr beginnen und bis zum Herbst dauern, wenn das Wetter mitspielt und die Firmen liefern."
	}
	tests := []struct {
		name, row, want string
		keep            bool
	}{
		{"figures", "10.000 €\t36 Monate\t286,35 €", "10.000 € 36 Monate 286,35 €", true},
		{"words", "Teilen\tDrucken", "Teilen Drucken", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dump := "Neue Brücke für die Stadt\n\n" + p("Der Rat hat am Montag zugestimmt.") + "\n" + tt.row + "\n" + p("Die Stadt prüft noch die Kosten.") + "\n"
			doc := FromText(dump)
			kept := false
			for _, b := range doc.Blocks {
				if b.Plain == tt.want {
					kept = true
				}
			}
			if kept != tt.keep {
				t.Errorf("row kept: %v, want %v", kept, tt.keep)
			}
		})
	}
}

func TestRepeatedCodeKept(t *testing.T) {
	p := func(s string) string {
		return s + " Jede Änderung am Code macht den Zwischenspeicher ungültig, und alle Pakete werden neu installiert, was bei großen Projekten Minuten kostet."
	}
	code := "FROM python:3.7\nRUN pip install /tmp/app\nCMD flask run app:app\n"
	dump := "Schnelle Builds\n" + p("Das erste Beispiel.") + "\n" + code + p("Das zweite Beispiel.") + "\n" + code + p("Zum Schluss.") + "\n"
	doc := FromText(dump)
	n := 0
	for _, b := range doc.Blocks {
		if b.Kind == article.Code && strings.Contains(b.Plain, "CMD flask run app:app") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d code blocks hold the repeated line, want 2", n)
	}
}

func TestCodeComments(t *testing.T) {
	tests := []struct {
		name, dump, line string
		code             bool
	}{
		{"between code", "x = read_file(path)\n# send the data\nclient.send(x)\n", "# send the data", true},
		{"heading mark alone", "Einleitung\n# Überschrift\nText folgt hier.\n", "# Überschrift", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, l := range readLines(tt.dump) {
				if l.text == tt.line && l.code != tt.code {
					t.Errorf("%q: code %v, want %v", tt.line, l.code, tt.code)
				}
			}
		})
	}
}

func TestIngredientWithoutAmount(t *testing.T) {
	tests := []struct {
		name, dump, line string
		want             bool
	}{
		{"set in under amounts", "200 g Mehl\n\u00a0 \u00a0 Frischhaltefolie\n", "Frischhaltefolie", true},
		{"heading at the margin", "200 g Mehl\nZubereitung\n", "Zubereitung", false},
		{"set in after text", "Ein Satz ohne Mengen.\n\u00a0 \u00a0 Frischhaltefolie\n", "Frischhaltefolie", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, l := range readLines(tt.dump) {
				if l.text == tt.line && l.quantity != tt.want {
					t.Errorf("%q: ingredient %v, want %v", tt.line, l.quantity, tt.want)
				}
			}
		})
	}
}

func TestHeadingAfterTableOfContents(t *testing.T) {
	p := func(s string) string {
		return s + " Wann Hühner mit dem Legen beginnen, lässt sich nicht allgemein sagen, denn es hängt von der Rasse, dem Futter und der Jahreszeit ab."
	}
	toc := "Inhalt\nLegt jedes Huhn Eier?\nAb wann legen Hühner Eier?\nWie viele Eier legen Hühner?\n"
	dump := "Start\nHühner und Eier\n" + p("Einleitung.") + "\n" + toc + "Legt jedes Huhn Eier?\n" + p("Ja.") + "\nAb wann legen Hühner Eier?\n" + p("Meist im Frühjahr.") + "\nWie viele Eier legen Hühner?\n" + p("Viele.") + "\nImpressum\n"
	doc := FromText(dump)
	headings := 0
	for _, b := range doc.Blocks {
		if b.Kind == article.Heading && b.Plain == "Ab wann legen Hühner Eier?" {
			headings++
		}
	}
	if headings != 1 {
		t.Errorf("%d headings \"Ab wann legen Hühner Eier?\", want 1", headings)
	}
}

// checkRegion finds the article region of dump and reports whether it holds
// want and, unless notWant is empty, not notWant.
func checkRegion(t *testing.T, dump, want, notWant string) {
	t.Helper()
	lines := readLines(dump)
	start, end := findRegion(lines)
	if start < 0 {
		t.Fatal("no region")
	}
	var got []string
	for _, l := range lines[start:end] {
		got = append(got, l.text)
	}
	text := strings.Join(got, "\n")
	if !strings.Contains(text, want) {
		t.Errorf("region lacks %q:\n%s", want, text)
	}
	if notWant != "" && strings.Contains(text, notWant) {
		t.Errorf("region holds %q:\n%s", notWant, text)
	}
}

func TestUnlistedScriptLines(t *testing.T) {
	tests := []struct {
		name, line       string
		unlisted, strong bool
	}{
		{"greek sentence", "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη να ανακαινίσει την παλιά αποβάθρα του λιμανιού, η οποία είναι κλειστή από τον περσινό χειμώνα.", true, true},
		{"hindi sentence", "नगर परिषद ने मंगलवार को पुराने घाट की मरम्मत का फैसला किया, जो पिछली सर्दी से बंद है।", true, true},
		{"greek menu entry", "Αρχική σελίδα", true, false},
		{"hindi headline", "पुराने घाट की मरम्मत होगी", true, false},
		{"german sentence", "Der Gemeinderat hat am Dienstag beschlossen, den alten Anleger im Hafen zu erneuern.", false, true},
		{"russian sentence", "Городской совет во вторник решил отремонтировать старый причал в порту, закрытый с прошлой зимы.", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lang.UnlistedScript(tt.line); got != tt.unlisted {
				t.Errorf("unlistedScript = %v, want %v", got, tt.unlisted)
			}
			lines := readLines(tt.line + "\n")
			if len(lines) != 1 {
				t.Fatalf("got %d lines", len(lines))
			}
			if lines[0].strong != tt.strong {
				t.Errorf("strong = %v, want %v", lines[0].strong, tt.strong)
			}
		})
	}
}
