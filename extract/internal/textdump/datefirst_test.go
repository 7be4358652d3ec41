package textdump

import "testing"

func TestFirstIssueNote(t *testing.T) {
	head := "Startseite\nRatgeber\n\nSo bleibt der Garten im Winter gesund\nVon Mara Feld | 14. Februar 2021\n\n"
	body := datePara("Im Winter braucht der Boden Schutz.") + datePara("Laub und Reisig halten die Kälte ab.")
	tests := []struct {
		name, dump, want string
	}{
		{"no note: the byline's day", head + body, "2021-02-14"},
		{"note of another month: no day is sure", head + body + "* Dieser Artikel erschien zuerst im Oktober 2018 und wurde aktualisiert.\n", ""},
		{"note with its day: that day", head + body + "Dieser Beitrag wurde ursprünglich am 3. November 2018 veröffentlicht.\n", "2018-11-03"},
		{"note of the same month: the byline's day", head + body + "* Dieser Artikel erschien zuerst im Februar 2021.\n", "2021-02-14"},
		{"note above the text", head + "Editor's note: This article was originally published in 2016.\n\n" + body, ""},
		{"a sentence about a book, no note", head + datePara("Das Buch wurde erstmals 1962 veröffentlicht.") + body, "2021-02-14"},
		{"note far under the article", head + body + "Impressum\nKontakt\nDatenschutz\nNewsletter\nPresse\nJobs\nWerbung\nHilfe\nAGB\nCookies\nBarrierefreiheit\nSitemap\nDieser Artikel erschien zuerst im Oktober 2018.\n", "2021-02-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := FromText(tt.dump)
			got := ""
			if !doc.Date.IsZero() {
				got = doc.Date.Time.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("date %q, want %q (title %q)", got, tt.want, doc.Title)
			}
		})
	}
}
