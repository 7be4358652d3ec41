package textdump

import (
	"testing"

	"github.com/pare-dev/pare/extract/internal/dates"
)

func TestDateInPhrase(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool
	}{
		{"a report dated in its name", "Bericht zur Lage im Hafen vom 22.04.2020 – was nun?", true},
		{"a service with its day after a comma", "Andacht zum Gedenken in der Stadtkirche, 11. November 2021, 18 Uhr", true},
		{"results with their day", "Ergebnisse: Kreismeisterschaft der Jugend, Seedorf, 19.5.2007", true},
		{"an English report", "Minutes of the harbour board meeting of 3 March 2024", true},
		{"a date line", "Veröffentlicht am 3. März 2021", false},
		{"a date that opens the line", "3. März 2021 – Die Stadt baut den Hafen neu", false},
		{"a section and its day", "Hafen und Verkehr - 15. Februar 2022", false},
		{"a class's letter before the day", "4 x 100 m Staffel der Schülerinnen A 19.05.2007", false},
		{"a day in brackets", "Der Hafen wird neu gebaut und bekommt einen Steg (12.02.2021)", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, at, _, ok := dates.FindTextDate(c.line)
			if !ok {
				t.Fatalf("no date found in %q", c.line)
			}
			if got := dateInPhrase(c.line, at); got != c.want {
				t.Errorf("dateInPhrase(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

func TestDatedHeadline(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool
	}{
		{"minutes of a meeting", "Bericht der Jahresversammlung vom 3. März 2021", true},
		{"a date line", "Veröffentlicht am 14. Juni 2018", false},
		{"a date alone", "14. Juni 2018", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := readLines(c.line)[0]
			if !l.date {
				t.Fatalf("%q is not read as a date line", c.line)
			}
			if got := datedHeadline(l); got != c.want {
				t.Errorf("datedHeadline(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

func TestDatedLineByline(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool
	}{
		{"a date and its author", "12/03/2021 von Anna Muster", true},
		{"a date, its author and comments", "1. Januar 2016 von Anna Muster 3 Kommentare", true},
		{"a date line", "12. März 2021", true},
		{"a headline", "Der Hafen wird neu gebaut", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := datedLine(readLines(c.line)[0]); got != c.want {
				t.Errorf("datedLine(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
