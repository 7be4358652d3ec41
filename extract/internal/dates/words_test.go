package dates

import "testing"

func TestParseTextDate(t *testing.T) {
	tests := []struct {
		name, in, want string // want "" means no date
	}{
		{"english day month comma year time", "17 Oct, 2025 01:54", "2025-10-17T01:54:00"},
		{"iso day", "2019-10-19", "2019-10-19"},
		{"iso with time", "2019-10-19 14:05", "2019-10-19T14:05:00"},
		{"iso with T", "2019-10-19T14:05:33", "2019-10-19T14:05:33"},
		{"german long", "19. Oktober 2019", "2019-10-19"},
		{"german with weekday and words", "Veröffentlicht am Samstag, 19. Oktober 2019, 14:30 Uhr", "2019-10-19T14:30:00"},
		{"german dotted", "19.10.2019", "2019-10-19"},
		{"german dotted time uhr", "Stand: 19.10.2019, 14.30 Uhr", "2019-10-19T14:30:00"},
		{"german dotted with um", "19.10.2019 um 08:15", "2019-10-19T08:15:00"},
		{"slashes day first", "19/10/2019", "2019-10-19"},
		{"slashes us order", "10/19/2019", "2019-10-19"},
		{"english month first", "Oct 17, 2025", "2025-10-17"},
		{"english long ordinal", "Posted on October 3rd, 2021 at 9:15 pm", "2021-10-03T21:15:00"},
		{"english abbreviation dot", "Sept. 5, 2020", "2020-09-05"},
		{"english day of month", "5th of March 2020", "2020-03-05"},
		{"spanish", "17 de octubre de 2019", "2019-10-17"},
		{"spanish with time", "Publicado el 3 de marzo de 2021 a las 10:20", "2021-03-03T10:20:00"},
		{"french", "Publié le 2 août 2018 à 17h45", "2018-08-02T17:45:00"},
		{"french first", "1er mars 2019", "2019-03-01"},
		{"polish genitive", "17 października 2019", "2019-10-17"},
		{"polish with godz", "5 maja 2022, godz. 12:00", "2022-05-05T12:00:00"},
		{"italian", "12 settembre 2017", "2017-09-12"},
		{"dutch", "3 maart 2016", "2016-03-03"},
		{"russian genitive with time", "3 марта 2016, 09:41", "2016-03-03T09:41:00"},
		{"russian with year word", "Опубликовано 12 января 2021 г. в 18:05", "2021-01-12T18:05:00"},
		{"ukrainian", "7 листопада 2022", "2022-11-07"},
		{"czech", "5. května 2020", "2020-05-05"},
		{"finnish", "14. helmikuuta 2019", "2019-02-14"},
		{"swedish", "2 augusti 2018", "2018-08-02"},
		{"german weekday month first", "Freitag, März 3, 2023", "2023-03-03"},
		{"english twelve am", "Jan 1, 2020 12:30 am", "2020-01-01T00:30:00"},
		{"relative german", "vor 2 Stunden", ""},
		{"relative english", "3 days ago", ""},
		{"no year", "19. Oktober", ""},
		{"month and year only", "Oktober 2019", ""},
		{"impossible day", "31.02.2019", ""},
		{"before the web", "12.03.1850", ""},
		{"version number", "1.19.10.2019", ""},
		{"ip address", "10.10.2019.1", ""},
		{"sentence", "Am 19. Oktober 2019 trafen sich die Minister der Länder zu einer langen Sitzung", ""},
		{"time without date", "29:41", ""},
		{"empty", "", ""},
		{"dotted hour without uhr stays a day", "19.10.2019 14.30", "2019-10-19"},
		{"glued to letters", "Nr19.10.2019", ""},
		{"weekday between day and month", "24 Dienstag Nov 2020", "2020-11-24"},
		{"dotted with spaces", "26. 08. 2016 07:15", "2016-08-26T07:15:00"},
		{"shown twice, glued", "9. Mai 20189. Mai 2018", "2018-05-09"},
		{"two dates", "Release: 11.02.2005 | Sequel: 29.11.2022", ""},
		{"spaced dashes are a range, not a date", "2019 - 10 - 19", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, ok := ParseTextDate(tt.in)
			got := d.String()
			if !ok {
				got = ""
			}
			if got != tt.want {
				t.Errorf("parseTextDate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindTextDate(t *testing.T) {
	tests := []struct {
		name, in, want, span string
	}{
		{"inside a sentence", "Am 19. Oktober 2019 trafen sich die Minister", "2019-10-19", "19. Oktober 2019"},
		{"after a byline", "Von Anna Beispiel | 03.04.2021", "2021-04-03", "03.04.2021"},
		{"with time", "Updated: Jan 5, 2024, 10:02 AM", "2024-01-05T10:02:00", "Jan 5, 2024, 10:02"},
		{"none", "Kontakt Impressum Datenschutz", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, start, end, ok := FindTextDate(tt.in)
			if !ok {
				if tt.want != "" {
					t.Fatalf("findTextDate(%q) found nothing, want %q", tt.in, tt.want)
				}
				return
			}
			if tt.want == "" {
				t.Fatalf("findTextDate(%q) = %q, want nothing", tt.in, d.String())
			}
			if d.String() != tt.want || tt.in[start:end] != tt.span {
				t.Errorf("findTextDate(%q) = %q at %q, want %q at %q", tt.in, d.String(), tt.in[start:end], tt.want, tt.span)
			}
		})
	}
}
