package htmlpage

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestChooseDate(t *testing.T) {
	shown := func(ds ...article.Date) []shownDate {
		var out []shownDate
		for _, d := range ds {
			out = append(out, shownDate{date: d})
		}
		return out
	}
	tests := []struct {
		name string
		ev   dateEvidence
		host string
		want string
	}{
		{"metadata alone", dateEvidence{meta: instantOf(t, "2021-03-08T11:15:28+01:00")}, "example.com", "2021-03-08T11:15:28+01:00"},
		{"metadata confirmed by the page", dateEvidence{meta: instantOf(t, "2021-03-08T11:15:28+01:00"), shown: shown(dayOf(t, "2021-03-08"))}, "example.com", "2021-03-08T11:15:28+01:00"},
		{"shown date overrules the metadata", dateEvidence{meta: dayOf(t, "2021-12-20"), shown: shown(dayOf(t, "2022-01-27"))}, "example.de", "2022-01-27"},
		{"only an update of another day shown: no date", dateEvidence{meta: dayOf(t, "2019-10-15"), shown: []shownDate{{date: dayOf(t, "2020-03-12"), update: true}}}, "example.com", ""},
		{"only an update shown, before the metadata's day", dateEvidence{meta: dayOf(t, "2020-04-29"), shown: []shownDate{{date: dayOf(t, "2020-04-28"), update: true}}}, "example.de", "2020-04-28"},
		{"only an update shown, without metadata", dateEvidence{shown: []shownDate{{date: dayOf(t, "2020-04-28"), update: true}}}, "example.de", "2020-04-28"},
		{"only an update shown above the headline, without metadata", dateEvidence{shown: []shownDate{{date: dayOf(t, "2020-04-28"), update: true, above: true}}}, "example.de", ""},
		{"an update on the metadata's day confirms it", dateEvidence{meta: dayOf(t, "2020-10-06"), shown: []shownDate{{date: dayOf(t, "2020-10-06"), update: true}}}, "example.com", "2020-10-06"},
		{"an update beside the publication shown", dateEvidence{meta: dayOf(t, "2020-04-03"), shown: []shownDate{{date: dayOf(t, "2020-04-11"), update: true}, {date: dayOf(t, "2020-04-03")}}}, "example.com", "2020-04-03"},
		{"a URL long before the metadata", dateEvidence{meta: dayOf(t, "2019-06-17"), url: dayOf(t, "2017-07-12")}, "example.de", "2017-07-12"},
		{"a URL long before the metadata shown", dateEvidence{meta: dayOf(t, "2019-06-17"), url: dayOf(t, "2017-07-12"), shown: shown(dayOf(t, "2019-06-17"))}, "example.de", "2019-06-17"},
		{"a URL days before the metadata", dateEvidence{meta: dayOf(t, "2022-05-08"), url: dayOf(t, "2022-05-02")}, "example.de", "2022-05-08"},
		{"URL confirms the metadata", dateEvidence{meta: dayOf(t, "2021-12-20"), shown: shown(dayOf(t, "2022-01-27")), url: dayOf(t, "2021-12-20")}, "example.de", "2021-12-20"},
		{"a day above the headline before the metadata's overrules it", dateEvidence{meta: dayOf(t, "2020-02-12"), shown: []shownDate{{date: dayOf(t, "2020-02-05"), above: true}}}, "example.de", "2020-02-05"},
		{"a day above the headline long before the metadata's does not", dateEvidence{meta: dayOf(t, "2020-06-12"), shown: []shownDate{{date: dayOf(t, "2020-02-05"), above: true}}}, "example.de", "2020-06-12"},
		{"a date above the headline does not overrule", dateEvidence{meta: dayOf(t, "2022-05-03"), shown: []shownDate{{date: dayOf(t, "2022-05-04"), above: true}}}, "example.com", "2022-05-03"},
		{"a date marked published comes first", dateEvidence{meta: dayOf(t, "2022-05-01"), shown: []shownDate{{date: dayOf(t, "2022-05-04")}, {date: dayOf(t, "2022-05-03"), published: true}}}, "example.com", "2022-05-03"},
		{"a date marked updated beside one marked published", dateEvidence{shown: []shownDate{{date: dayOf(t, "2019-02-09"), updateTag: true}, {date: dayOf(t, "2019-02-10"), published: true}}}, "example.de", "2019-02-10"},
		{"a date marked updated alone", dateEvidence{shown: []shownDate{{date: dayOf(t, "2021-11-05"), updateTag: true}}}, "example.ch", "2021-11-05"},
		{"a datetime only is shown in the site's zone", dateEvidence{meta: instantOf(t, "2022-11-06T23:00:00Z"), shown: []shownDate{{date: instantOf(t, "2022-11-06T23:00:00Z"), machine: true}}}, "example.de", "2022-11-07T00:00:00+01:00"},
		{"a list of days is no evidence", dateEvidence{meta: dayOf(t, "2023-11-06"), shown: shown(dayOf(t, "2023-11-05"), dayOf(t, "2023-10-27"), dayOf(t, "2023-10-14"))}, "example.de", "2023-11-06"},
		{"a later shown day confirms the metadata", dateEvidence{meta: dayOf(t, "2022-12-30"), shown: shown(dayOf(t, "2022-12-29"), dayOf(t, "2022-12-30"))}, "example.de", "2022-12-30"},
		{"shown date without metadata", dateEvidence{shown: shown(localOf(t, "2020-10-14T12:18"))}, "example.de", "2020-10-14T12:18:00"},
		{"URL without anything else", dateEvidence{url: dayOf(t, "2019-10-22")}, "example.de", "2019-10-22"},
		{"URL beats a stray time element", dateEvidence{meta: dayOf(t, "2009-04-11"), weak: true, url: dayOf(t, "2019-10-22")}, "example.com", "2019-10-22"},
		{"a stray time element on the URL's day stays", dateEvidence{meta: localOf(t, "2019-10-22T09:00"), weak: true, url: dayOf(t, "2019-10-22")}, "example.com", "2019-10-22T09:00:00"},
		{"shown date beats a stray time element", dateEvidence{meta: dayOf(t, "2023-11-01"), weak: true, shown: shown(dayOf(t, "2023-10-31"))}, "example.de", "2023-10-31"},
		{"UTC instant in the site's zone", dateEvidence{meta: instantOf(t, "2022-11-06T23:00:00Z")}, "www.example.de", "2022-11-07T00:00:00+01:00"},
		{"UTC instant shown in the site's zone", dateEvidence{meta: instantOf(t, "2020-02-25T02:25:54Z"), shown: shown(localOf(t, "2020-02-24T21:25"))}, "example.com", "2020-02-24T21:25:54-05:00"},
		{"UTC instant shown on its UTC day", dateEvidence{meta: instantOf(t, "2019-12-26T23:07:45Z"), shown: shown(dayOf(t, "2019-12-26"))}, "example.ch", "2019-12-26T23:07:45Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseDate(tt.ev, tt.host, "").String(); got != tt.want {
				t.Errorf("chooseDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestZoneFromShown(t *testing.T) {
	tests := []struct {
		name  string
		d     article.Date
		other []article.Date
		want  string
	}{
		{"local time west of UTC", instantOf(t, "2023-11-09T05:30:59Z"), []article.Date{localOf(t, "2023-11-08T23:30")}, "2023-11-08T23:30:59-06:00"},
		{"local time east of UTC", instantOf(t, "2023-11-08T22:10:00Z"), []article.Date{localOf(t, "2023-11-09T03:40")}, "2023-11-09T03:40:00+05:30"},
		{"same instant with its offset", instantOf(t, "2022-05-04T03:37:37Z"), []article.Date{instantOf(t, "2022-05-03T23:37:37-04:00")}, "2022-05-03T23:37:37-04:00"},
		{"other minutes: another moment", instantOf(t, "2023-11-09T05:30:59Z"), []article.Date{localOf(t, "2023-11-08T23:31")}, "2023-11-09T05:30:59Z"},
		{"more than a day apart", instantOf(t, "2023-11-09T05:30:59Z"), []article.Date{localOf(t, "2023-11-07T05:30")}, "2023-11-09T05:30:59Z"},
		{"a day says nothing of the zone", instantOf(t, "2023-11-09T05:30:59Z"), []article.Date{dayOf(t, "2023-11-08")}, "2023-11-09T05:30:59Z"},
		{"an offset already given stays", instantOf(t, "2023-11-09T05:30:59+01:00"), []article.Date{localOf(t, "2023-11-08T23:30")}, "2023-11-09T05:30:59+01:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := zoneFromShown(tt.d, tt.other).String(); got != tt.want {
				t.Errorf("zoneFromShown = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadShown(t *testing.T) {
	tests := []struct {
		name   string
		texts  []dateText
		want   string
		update bool
	}{
		{"a date line", []dateText{{text: "By Jane Doe"}, {text: "Published 8 May 2024"}}, "2024-05-08", false},
		{"an update", []dateText{{text: "Aktualisiert am 3. Februar 2022"}}, "2022-02-03", true},
		{"an update by its label before", []dateText{{before: "Aktualisiert:", text: "3. Februar 2022"}}, "2022-02-03", true},
		{"the time of the visit", []dateText{{text: "Aktuelle Zeit: 09.06.2021, 08:41"}}, "", false},
		{"a member's registration", []dateText{{before: "Registriert:", text: "04.03.2009, 17:42"}}, "", false},
		{"an embedded post", []dateText{{before: "Jane (@jane) am", text: "Apr 21, 2019"}}, "", false},
		{"the end of a range", []dateText{{text: "Wochenbericht 7. - 13. März 2021"}}, "", false},
		{"a time element's datetime", []dateText{{text: "3. Februar 2022", datetime: "2022-02-03T09:10:00+01:00"}}, "2022-02-03T09:10:00+01:00", false},
		{"a time element without a date shown", []dateText{{text: "vor 2 Stunden", datetime: "2022-02-03T09:10:00+01:00"}}, "2022-02-03T09:10:00+01:00", false},
		{"the day shown beats the datetime", []dateText{{text: "3. Februar 2022", datetime: "2022-02-02T23:10:00Z"}}, "2022-02-03", false},
		{"no date", []dateText{{text: "By Jane Doe"}}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readShown(tt.texts)
			if tt.want == "" {
				if len(got) != 0 {
					t.Errorf("readShown = %v, want nothing", got)
				}
				return
			}
			if len(got) != 1 || got[0].date.String() != tt.want || got[0].update != tt.update {
				t.Errorf("readShown = %+v, want %s (update %v)", got, tt.want, tt.update)
			}
		})
	}
}

func TestEndsRange(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"days with a hyphen", "14. - 20. Januar 2022", true},
		{"days with a dash", "3–7 May 2021", true},
		{"days with a word", "vom 3. bis 7. Mai 2021", true},
		{"a place before a dash", "Berlin - 20. Januar 2022", false},
		{"a plain date", "am 20. Januar 2022", false},
		{"no date", "Januar", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := endsRange(tt.in); got != tt.want {
				t.Errorf("endsRange(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestReadDateText(t *testing.T) {
	tests := []struct {
		name string
		in   dateText
		want string
	}{
		{"a date line", dateText{text: "Veröffentlicht am 19. Oktober 2019"}, "2019-10-19"},
		{"a year in two digits", dateText{text: "23.09.22"}, "2022-09-23"},
		{"a two-digit year with a label", dateText{text: "Von Jane | 31.10.23"}, "2023-10-31"},
		{"a date line with a place after a bracket", dateText{text: "25. Januar 2022 (ABC) Berlin/Bonn"}, "2022-01-25"},
		{"written and updated", dateText{text: "Written: 2022-04-12 09:41:05 / Updated: 2022-04-12 10:02:17"}, "2022-04-12T09:41:05"},
		{"a date and time line with more after a bar", dateText{text: "January 13, 2020 at 08:45 AM | categories: Go, Web | Comments"}, "2020-01-13T08:45:00"},
		{"a byline with its date", dateText{text: "Gespeichert von Jane Doe am 24. Juli 2017 - 18:55"}, "2017-07-24T18:55:00"},
		{"a byline with its date in English", dateText{text: "Posted by Jane Doe on May 3, 2021"}, "2021-05-03"},
		{"a sentence with a name and a date", dateText{text: "Die Rede von Jane Doe am 24. Juli 2017 war lang"}, ""},
		{"a dateline opening a paragraph", dateText{text: "29.11.2022 – Die Branche hatte lange gewarnt, dass", lead: true}, "2022-11-29"},
		{"a press release's dateline", dateText{text: "Pressemitteilung vom 25. Januar 2022 | Berlin – Die Ministerin", lead: true}, "2022-01-25"},
		{"a date that opens a sentence", dateText{text: "Am Dienstag, 14. März 2023, gegen 18 Uhr lief", lead: true}, ""},
		{"a date inside a sentence", dateText{text: "Wir suchen zum 1. April 2016 (oder früher) eine Kraft", lead: true}, ""},
		{"a date running into a sentence", dateText{text: "3. Mai 2021 hat der Rat beschlossen, dass", lead: true}, ""},
		{"a version number is no date", dateText{text: "Version 1.10.22.4"}, ""},
		{"a dateline of places", dateText{text: "Halle an der Saale | Leipzig, 3. Februar 2020"}, "2020-02-03"},
		{"a dateline of places with a slash", dateText{text: "Stratford / Bath, 3 March 2020"}, "2020-03-03"},
		{"a sentence before a date", dateText{text: "Die Halle öffnet ihre Türen wieder, 3. Februar 2020"}, ""},
		{"too many places", dateText{text: "Hafen Nord | Hafen Süd | Altstadt Ost | Neustadt West, 3. Februar 2020"}, ""},
		{"places without a comma", dateText{text: "Halle an der Saale | Leipzig 3. Februar 2020"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, ok := readDateText(tt.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want {
				t.Errorf("readDateText(%q) = %q, want %q", tt.in.text, got, tt.want)
			}
		})
	}
}
