package dates

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// lazySeeds are lines that put the lazy reading's window to the test:
// dates at its edges, long lines before and after a date, dates glued to
// the tokens before them, and text that is no UTF-8.
var lazySeeds = []string{
	"Veröffentlicht am Samstag, 19. Oktober 2019, 14:30 Uhr",
	"Oct 17, 2025 01:54",
	"v1.19.10.2019 and then 3 de marzo de 2021 a las 10:20",
	strings.Repeat("word ", 30) + "17 Oct, 2025 01:54",
	strings.Repeat("a.b ", 13) + "x19.10.2019 but 19.10.2019 um 08:15 Uhr",
	strings.Repeat("1 ", 47) + "Jan 1, 2020 12:30 am",
	strings.Repeat("Mai ", 44) + "22. Mai 201922. Mai 2019 von Anna",
	strings.Repeat("x", 10) + strings.Repeat(" März", 45) + " 3, 2023 and more " + strings.Repeat("z ", 40),
	"Posted on October 3rd, 2021 at 9:15 pm by sam, updated 2021-10-04",
	"\xff 12.\xfe05.2020 \xc3 5 maja 2022, godz. 12:00",
	"Stand: 19.10.2019, 14.30 Uhr — zuletzt 20.10.2019",
	"", " ", "2019", "a 1 b 2 c 3",
}

// sameDates holds FindTextDate, ParseTextDate and DateTokens of s to the
// readings they replaced.
func sameDates(t *testing.T, s string) {
	t.Helper()
	d, a, e, ok := FindTextDate(s)
	wd, wa, we, wok := findTextDateRef(s)
	if ok != wok || a != wa || e != we || !d.Time.Equal(wd.Time) || d.Precision != wd.Precision {
		t.Errorf("FindTextDate(%q) = %v %d %d %v; want %v %d %d %v", s, d, a, e, ok, wd, wa, we, wok)
	}
	p, pok := ParseTextDate(s)
	wp, wpok := parseTextDateRef(s)
	if pok != wpok || !p.Time.Equal(wp.Time) || p.Precision != wp.Precision {
		t.Errorf("ParseTextDate(%q) = %v %v; want %v %v", s, p, pok, wp, wpok)
	}
	if got, want := DateTokens(s), dateTokensRef(s); !reflect.DeepEqual(got, want) {
		t.Errorf("DateTokens(%q) = %v; want %v", s, got, want)
	}
}

func TestLazyDates(t *testing.T) {
	for i, s := range lazySeeds {
		t.Run(fmt.Sprintf("seed%02d", i), func(t *testing.T) {
			sameDates(t, s)
			// The same line after every prefix: the window meets the
			// date at each of its places.
			for k := 1; k < 60; k++ {
				sameDates(t, strings.Repeat("w ", k)+s)
				sameDates(t, strings.Repeat("w.", k)+s)
			}
		})
	}
}

func FuzzLazyDates(f *testing.F) {
	for _, s := range lazySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sameDates(t, s)
	})
}
