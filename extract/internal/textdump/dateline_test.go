package textdump

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract/internal/dates"
)

func TestOpensWithDate(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"date first", "29.11.2022 – Die Branche hatte die Nachteile des Gesetzes mehrfach benannt.", true},
		{"behind a place", "Wien, 14. Dezember 2021 – Aufgrund der steigenden Nachfrage wird das Netz erweitert.", true},
		{"behind an agency", "(dpa) 3. Mai 2020: Die Regierung hat am Abend beschlossen, die Regeln zu lockern.", true},
		{"in brackets", "(21. November 2022) Die Verbraucher erhalten eine Erhöhung nach der anderen.", true},
		{"in a sentence", "Am 4. Februar 2022 erscheint das neue Album der Sängerin bei einem kleinen Label.", false},
		{"after a verb", "Wir suchen zum 1. April 2016 eine Mitarbeiterin in Teilzeit für unser Büro.", false},
		{"late in the line", "Die Regierung hat nach langen Verhandlungen am Ende beschlossen, ab dem 3. Mai 2020 zu lockern.", false},
		{"no date", "Die Branche hatte die Nachteile mehrfach benannt.", false},
		{"behind an editor's mark", "Red. / 31.10.2023 Die frühere Kolonie steht vor dem Niedergang.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dates.OpensWithDate(tt.line); got != tt.want {
				t.Errorf("opensWithDate(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestDateKind(t *testing.T) {
	tests := []struct {
		name, line string
		want       int
	}{
		{"published then updated", "PUBLISHED: April 19, 2022 at 7:12 a.m. | UPDATED: April 19, 2022 at 9:30 a.m.", published},
		{"updated then published", "Aktualisiert am 3. Mai 2021, erstmals veröffentlicht am 1. Mai 2021", updated},
		{"label after the date", "3. Mai 2021 (aktualisiert)", updated},
		{"no label", "3. Mai 2021, 14:00 Uhr", unlabelled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dateKind(tt.line); got != tt.want {
				t.Errorf("dateKind(%q) = %d, want %d", tt.line, got, tt.want)
			}
		})
	}
}

func TestDatePredicates(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		line string
		want bool
	}{
		{"archive nav: month and years", dates.ArchiveNav, "09 Jan 2014 - 01 Jan 2017 2013 2014 2015", true},
		{"archive nav: a dateline", dates.ArchiveNav, "9. Dezember 2013", false},
		{"archive nav: one year in the text", dates.ArchiveNav, "12. Mai 2020: Bilanz für 2019", false},
		{"span: from", atFirst(spanDate), "Ab 1. März 2024 die neue Leiterin des Amtes", true},
		{"span: until", atFirst(spanDate), "Die Ausstellung läuft bis 3. Mai 2021", true},
		{"span: a week", atFirst(spanDate), "Wochenbericht 7. - 13. März 2021", true},
		{"span: a range of dates", atFirst(spanDate), "Bericht 31. Dezember 2021-06. Januar 2022", true},
		{"span: a date and a time", atFirst(spanDate), "31. Dezember 2021 - 14:30 Uhr", false},
		{"span: a weekday abbreviation", atFirst(spanDate), "Do 9 Apr 2020", false},
		{"span: a plain dateline", atFirst(spanDate), "Veröffentlicht am 5. Juni 2023", false},
		{"author: byline first", atFirst(namesAuthor), "Von Anna Beispiel, 3. Mai 2021", true},
		{"author: byline after the date", atFirst(namesAuthor), "26/12/2019 von Webteam", true},
		{"author: inside a line", atFirst(namesAuthor), "Beitrag | 20. Mai 2007 | von Marc Muster", true},
		{"author: none", atFirst(namesAuthor), "Ergebnisse: Kreismeisterschaft, 19.5.2007", false},
		{"days: two unlabelled", atFirst(unlabelledDays), "2017-03-14 09:12:44 2017-01-30 16:05", true},
		{"days: the same day twice", atFirst(unlabelledDays), "19.2.2020 16:20 19.2.2020 16:20", false},
		{"days: labelled", atFirst(unlabelledDays), "Published: May 2, 2020 | Updated: May 3, 2020", false},
		{"days: one", atFirst(unlabelledDays), "3. Mai 2021, 14:00 Uhr", false},
		{"label: event", atFirst(otherLabel), "Termin: 17.09.2021, 20 Uhr", true},
		{"label: release", atFirst(otherLabel), "Release: 04.04.2014", true},
		{"label: caption behind an image label", atFirst(otherLabel), "[bild-1]Abbildung: Satellitenbild vom 31.05.2021", true},
		{"label: publication", atFirst(otherLabel), "Veröffentlicht am: 3. Juni 2022", false},
		{"label: date", atFirst(otherLabel), "Datum: 23.06.2020", false},
		{"publication: label", dates.MentionsPublication, "Datum: 23.06.2020", true},
		{"publication: English label", dates.MentionsPublication, "Date 23.05.2011", true},
		{"publication: noun", dates.MentionsPublication, "Veröffentlichung: 15.07.2021", true},
		{"publication: created", dates.MentionsPublication, "Erstellt am: 12.04.2022", true},
		{"publication: a word that opens a sentence", dates.MentionsPublication, "Data from 2020 show a rise", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(tt.line); got != tt.want {
				t.Errorf("%q: got %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

// datePara is a paragraph of running text that the region finder counts as
// the article.
func datePara(s string) string {
	return s + " Die Arbeiten an der Brücke sollen im Frühjahr beginnen und bis zum Herbst dauern, wenn das Wetter mitspielt und die Firmen liefern. Der Verkehr wird in dieser Zeit über die alte Straße am Fluss geleitet, die dafür verbreitert wird.\n"
}

func TestTextDateChoice(t *testing.T) {
	tests := []struct {
		name, dump, want string
	}{
		{
			name: "dateline opening the first paragraph",
			dump: "Startseite\nNachrichten\n\nNeue Brücke über den Fluss wird gebaut\n\n" +
				datePara("Wien, 14. Dezember 2021 – Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "2021-12-14",
		},
		{
			name: "date line under the text",
			dump: "Startseite\n\nNeue Brücke über den Fluss wird gebaut\n\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten.") + "\n8. November 2021\n\nImpressum\n",
			want: "2021-11-08",
		},
		{
			name: "first of the comments under the text",
			dump: "Startseite\n\nNeue Brücke über den Fluss wird gebaut\n\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten.") +
				"\n8. November 2021\nDas finde ich gut.\nAnna\n9. November 2021\nIch nicht.\n",
			want: "",
		},
		{
			name: "labelled date far below",
			dump: "Startseite\n\nNeue Brücke über den Fluss wird gebaut\n\n" + strings.Repeat(datePara("Der Rat hat am Montag zugestimmt."), 16) +
				"\nDatum: 23.06.2020\n",
			want: "2020-06-23",
		},
		{
			name: "event date near the headline",
			dump: "Startseite\n\nKonzert im Stadtpark\nTermin: 17.09.2021, 20 Uhr\n\n" +
				datePara("Der Chor singt zum ersten Mal im Freien.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "",
		},
		{
			name: "labelled publication line that ends like a sentence",
			dump: "Startseite\n\nNeue Brücke über den Fluss wird gebaut\nPUBLISHED: April 19, 2022 at 7:12 a.m. | UPDATED: April 20, 2022 at 9:30 a.m.\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "2022-04-19",
		},
		{
			name: "update note opening a paragraph",
			dump: "Startseite\n\nNeue Brücke über den Fluss wird gebaut\n\n" +
				datePara("Update vom 3. Mai 2020, 16:05 Uhr: Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "",
		},
		{
			name: "tie goes to the line below the headline",
			dump: "Startseite\n31. Oktober 2023\nSuche\nNeue Brücke über den Fluss wird gebaut\nLokales\n30. Oktober 2023 Kultur und Freizeit in der Stadt\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "2023-10-30",
		},
		{
			name: "dated teasers just above the headline",
			dump: "Startseite\n3. November 2023\nDer Wochenmarkt öffnet wieder\n2. November 2023\nNeuer Radweg am Fluss\n27. Oktober 2023\nKultur\n" +
				"Neue Brücke über den Fluss wird gebaut\nLokales\nLena Kurz, Redaktion Stadt 6. November 2023\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "2023-11-06",
		},
		{
			name: "dated teasers above and no date of its own",
			dump: "Startseite\n3. November 2023\nDer Wochenmarkt öffnet wieder\n2. November 2023\nNeuer Radweg am Fluss\n27. Oktober 2023\nKultur\n" +
				"Neue Brücke über den Fluss wird gebaut\n\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "",
		},
		{
			name: "a list page whose days recur",
			dump: "Startseite\nPolitik\nKultur\n\n" + datedTeasers(12) +
				"Der Rat und die Brücke über den Fluss\nZeichnung: Paula Weiß\n4. März 2020\nWas die Stadt vorhat\nFoto: Kai Roth\n4. März 2020\n" +
				"Ein Sommer am See\nTom Lind\nGärten in der Stadt\nFoto: Eva Berg\n4. März 2020\n" + datedTeasers(6) +
				"\n" + datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "",
		},
		{
			name: "its own day once among many dated teasers",
			dump: "Startseite\nPolitik\n\nNeue Brücke über den Fluss wird gebaut\n4. März 2020\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten.") + "\nMehr aus der Stadt\n" + datedTeasers(12),
			want: "2020-03-04",
		},
		{
			name: "one date line above the headline",
			dump: "Startseite\nLokales\n27. Oktober 2023\nNeue Brücke über den Fluss wird gebaut\n\n" +
				datePara("Der Rat hat am Montag zugestimmt.") + datePara("Die Stadt prüft noch die Kosten."),
			want: "2023-10-27",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := FromText(tt.dump)
			got := ""
			if !doc.Date.Time.IsZero() {
				got = doc.Date.Time.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("date %q, want %q (title %q)", got, tt.want, doc.Title)
			}
		})
	}
}

func TestTextKeepsDatelineParagraph(t *testing.T) {
	lead := "Wien, 14. Dezember 2021 – Der Rat hat am Montag zugestimmt."
	dump := "Startseite\nNachrichten\n\nNeue Brücke über den Fluss wird gebaut\n\n" + datePara(lead) + datePara("Die Stadt prüft noch die Kosten.")
	doc := FromText(dump)
	if len(doc.Blocks) == 0 || !strings.HasPrefix(doc.Blocks[0].Plain, lead) {
		t.Errorf("the first paragraph is not the dateline's: %+v", doc.Blocks)
	}
	if got := doc.Date.Time.Format("2006-01-02"); got != "2021-12-14" {
		t.Errorf("date %s, want 2021-12-14", got)
	}
}

// datedTeasers writes n teasers of a list page, each a title, a credit and
// a day of its own, a week apart.
func datedTeasers(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Neues aus dem Viertel, Folge %d\nFoto: Archiv\n%d. %s 2019\n", i+1, 1+i%4*7, []string{"Januar", "Februar", "April", "Juni", "August"}[i/4])
	}
	return b.String()
}

// atFirst asks fn of a line with its first date, as findDate does.
func atFirst(fn func(string, firstDate) bool) func(string) bool {
	return func(s string) bool { return fn(s, firstDateOf(s)) }
}
