package dates

import (
	"fmt"
	"os"
	"path/filepath"
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
	// Dates whose year stands far from their first token, after text
	// the reading skips (readFrom): the tokens before them must be read
	// as reading the whole line reads them.
	strings.Repeat("Wort ", 20) + "3. de mayo. , de 2021",
	strings.Repeat("Wort ", 20) + "x.3 de mayo . , de 2021",
	strings.Repeat("Wort ", 20) + "5.3 de mayo . , de 2021",
	strings.Repeat("x ", 15) + "Montag,\u00a03.\u00a0Mai\u00a02021",
	strings.Repeat("a\u00a0\u2003", 15) + "v1.19.10.2019 3rd of May, 2021",
	strings.Repeat("12 ", 20) + "x12.05.2020 12.05.2020",
	strings.Repeat("b \xc2", 14) + " 17 Oct, 2025",
	"123 45 6789 Oct 17, 2025", "Oct 17 2025 123456 May 3 1999",
	// Upper-case words, of the lists and not, ASCII and not (lowerWord).
	"PUBLISHED ON SEPTEMBER 3RD, 2021 AT 9:15 PM BY Sam O'Neil",
	"Zaktualizowano: 5 Maja 2022, GODZ. 12:00 — Veröffentlicht Am 3. MÄRZ 2023",
	"ÜBERSCHRIFT Stand 19. Oktober 2019 UM 14.30 UHR, Mis À Jour Le 3 Janv. 2020",
	"Originally Published As An Article On Dec 1St Of 2019 In Tuesday's Paper",
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

// TestLazyDatesCorpus holds FindTextDate to the old reading on every line
// of the dumps of the corpora beside the repository (skipped without them,
// and in -short).
func TestLazyDatesCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, dir := range []string{"corpus/text", "corpus/innertext", "corpus-body/text"} {
		t.Run(strings.ReplaceAll(dir, "/", "-"), func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", dir, "*.txt"))
			if len(files) == 0 {
				t.Skip("no corpus beside the repository")
			}
			bad := 0
			for _, f := range files {
				data, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				for s := range strings.Lines(string(data)) {
					d, a, e, ok := FindTextDate(s)
					wd, wa, we, wok := findTextDateRef(s)
					if ok != wok || a != wa || e != we || !d.Time.Equal(wd.Time) || d.Precision != wd.Precision {
						if bad++; bad <= 10 {
							t.Errorf("FindTextDate(%q) = %v %d %d %v; want %v %d %d %v", s, d, a, e, ok, wd, wa, we, wok)
						}
					}
				}
			}
		})
	}
}

// FuzzMayHoldDate holds MayHoldDate to FindTextDate: a line it says no
// to holds no date.
func FuzzMayHoldDate(f *testing.F) {
	for _, s := range lazySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, _, _, ok := findTextDateRef(s); ok && !MayHoldDate(s) {
			t.Errorf("MayHoldDate(%q) = false, but it holds a date", s)
		}
	})
}

// TestKnownWords checks that knownWords holds the ASCII words of the lists
// FindTextDate reads words against (a word missing from it would be read
// with its capitals there): the month names filled at init among them.
func TestKnownWords(t *testing.T) {
	sets := map[string]map[string]bool{"WeekdayNames": WeekdayNames, "DateFiller": DateFiller,
		"ordinalSuffix": ordinalSuffix, "timeWords": timeWords, "MonthNames": {}}
	for w := range MonthNames {
		sets["MonthNames"][w] = true
	}
	for name, set := range sets {
		t.Run(name, func(t *testing.T) {
			for w := range set {
				ascii := true
				for _, c := range []byte(w) {
					ascii = ascii && 'a' <= c && c <= 'z'
				}
				if _, ok := knownWords[w]; ascii && !ok {
					t.Errorf("knownWords lacks %q", w)
				}
			}
		})
	}
}

// TestKnownShape checks that no word of knownWords, in any case, is
// turned away by the sieve lowerWord asks first, and that the sieve turns
// some words away.
func TestKnownShape(t *testing.T) {
	for w := range knownWords {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !knownShape(v) {
				t.Errorf("knownShape(%q) = false for a word of knownWords", v)
			}
			if got := lowerWord(v, true, v != w, false); got != w {
				t.Errorf("lowerWord(%q) = %q, want %q", v, got, w)
			}
		}
	}
	if knownShape("Zzyzx") && knownShape("Quixotry") && knownShape("Xylophonez") {
		t.Errorf("knownShape turns no word away")
	}
}
