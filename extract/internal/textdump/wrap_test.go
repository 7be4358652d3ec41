package textdump

import (
	"strings"
	"testing"
)

func TestRawLinesJoinsBrokenSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"english paragraph broken in three",
			"The harbour board met on Tuesday to discuss the future of the\nold ferry pier, which has been closed since the storms of last\nwinter damaged its wooden deck.",
			[]string{"The harbour board met on Tuesday to discuss the future of the old ferry pier, which has been closed since the storms of last winter damaged its wooden deck."}},
		{"german line going on in lower case",
			"Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt\nund die Anwohner konnten ihre Fragen dazu stellen.",
			[]string{"Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt und die Anwohner konnten ihre Fragen dazu stellen."}},
		{"french line ending on an article",
			"Les habitants du quartier ont présenté leurs idées pour la rénovation de\nLa Halle aux grains, fermée depuis le printemps dernier.",
			[]string{"Les habitants du quartier ont présenté leurs idées pour la rénovation de La Halle aux grains, fermée depuis le printemps dernier."}},
		{"list item going on under its text",
			"  • Press the round button on the left side of the device for\n    three seconds until the light turns green.\n  • Wait.",
			[]string{"  • Press the round button on the left side of the device for three seconds until the light turns green.", "  • Wait."}},
		{"list item over its teaser",
			"  • Harbour board plans a new ferry timetable for the\n    Harbour board plans a new ferry timetable for the islands, with two more boats.",
			[]string{"  • Harbour board plans a new ferry timetable for the", "    Harbour board plans a new ferry timetable for the islands, with two more boats."}},
		{"list item going on at the margin",
			"  • Press the round button on the left side of the device for\nthree seconds until the light turns green.",
			[]string{"  • Press the round button on the left side of the device for", "three seconds until the light turns green."}},
		{"indented paragraph",
			"    The harbour board met on Tuesday to discuss the future of the\n    old ferry pier, which has been closed since the storms.",
			[]string{"    The harbour board met on Tuesday to discuss the future of the old ferry pier, which has been closed since the storms."}},
		{"other margin",
			"The harbour board met on Tuesday to discuss the future of the\n    old ferry pier, which has been closed since the storms.",
			[]string{"The harbour board met on Tuesday to discuss the future of the", "    old ferry pier, which has been closed since the storms."}},
		{"verse keeps its lines",
			"Der Wind geht über das Feld\nund singt ein leises Lied.",
			[]string{"Der Wind geht über das Feld", "und singt ein leises Lied."}},
		{"headline over its byline",
			"Harbour town votes to rebuild its old ferry pier for summer\nby Maggie Thornton",
			[]string{"Harbour town votes to rebuild its old ferry pier for summer", "by Maggie Thornton"}},
		{"headline over its categories",
			"Stadtrat beschließt den Bau einer neuen Brücke über die Ruhr\nin Politik, Verkehr, Stadtentwicklung und Umwelt, Region",
			[]string{"Stadtrat beschließt den Bau einer neuen Brücke über die Ruhr", "in Politik, Verkehr, Stadtentwicklung und Umwelt, Region"}},
		{"sentence ended",
			"The harbour board met on Tuesday to discuss the old pier.\nthe next meeting is in May, when the budget will be set.",
			[]string{"The harbour board met on Tuesday to discuss the old pier.", "the next meeting is in May, when the budget will be set."}},
		{"german particle ends a headline",
			"Stadtwerke Nordheim bilden künftig eigene Techniker in der Region aus\nDie Ausbildung beginnt im September mit zwölf jungen Leuten im Werk.",
			[]string{"Stadtwerke Nordheim bilden künftig eigene Techniker in der Region aus", "Die Ausbildung beginnt im September mit zwölf jungen Leuten im Werk."}},
		{"table row",
			"Vorteile der neuen Regelung für die Mieter und die\tNachteile\nniedrigere Kosten für alle Beteiligten im Haus.",
			[]string{"Vorteile der neuen Regelung für die Mieter und die\tNachteile", "niedrigere Kosten für alle Beteiligten im Haus."}},
		{"short line",
			"Kontakt und Anfahrt\nzum Rathaus am Markt.",
			[]string{"Kontakt und Anfahrt", "zum Rathaus am Markt."}},
		{"empty line between",
			"The harbour board met on Tuesday to discuss the future of the\n\nold ferry pier, which has been closed since the storms.",
			[]string{"The harbour board met on Tuesday to discuss the future of the", "", "old ferry pier, which has been closed since the storms."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rawLines(tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") || len(got) != len(tt.want) {
				t.Errorf("rawLines:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
