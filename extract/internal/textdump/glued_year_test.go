package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// gluedDatesRef is gluedDates as it read a line before it was given the
// line's first run of four digits: gluedDatesYear must agree.
func gluedDatesRef(s string) bool {
	if !digitRun(s, 5) {
		return false
	}
	_, a, e, ok := dates.FindTextDate(s)
	if !ok || a > 30 {
		return false
	}
	for _, t := range dates.DateTokens(s[a:e]) {
		if t.Kind == dates.TokNum && (len(t.Text) == 5 || len(t.Text) == 6) {
			if _, ok := dates.YearOf(&t); ok {
				return true
			}
		}
	}
	return false
}

// checkDateYear fails t when the line reader's date tests, given the
// line's first run of four digits, read s otherwise than without it.
func checkDateYear(t *testing.T, s string) {
	t.Helper()
	y := dates.YearRun(s)
	if got, want := gluedDatesYear(s, y), gluedDatesRef(s); got != want {
		t.Errorf("gluedDatesYear(%q, %d) = %v, want %v", s, y, got, want)
	}
	gd, gok := dates.ParseTextDateYear(s, y)
	wd, wok := dates.ParseTextDate(s)
	if gok != wok || gd != wd {
		t.Errorf("ParseTextDateYear(%q, %d) = %v %v, want %v %v", s, y, gd, gok, wd, wok)
	}
}

func TestDateYear(t *testing.T) {
	tests := []struct{ name, in string }{
		{"glued", "3. März 20215. März 2021 Anna Muster"},
		{"glued late", "Ein langer Text, der erst spät 12.3.20215.3.2021 zeigt"},
		{"a year", "Oct 17, 2025"},
		{"short runs first", "12 34 567 2019-10-19"},
		{"no digits", "Die Stadt plant einen Park"},
		{"five digits, no date", "Postleitzahl 10115 Berlin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkDateYear(t, tt.in)
		})
	}
}

// TestDateYearDumps holds the readings given the first run of four
// digits to those without it on every line of the dumps.
func TestDateYearDumps(t *testing.T) {
	eachDump(t, func(t *testing.T, name, dump string) {
		for _, l := range readLines(dump) {
			checkDateYear(t, l.text)
		}
	})
}

func FuzzDateYear(f *testing.F) {
	for _, s := range []string{"3. März 20215. März 2021", "2019-10-19", "x 12345 y", "Oct 17, 2025 12:30", strings.Repeat("1", 9)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDateYear(t, s)
	})
}
