package textdump

import (
	"strings"
	"testing"
	"unicode"
)

func TestContactLine(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"a free number with office hours", "0800 - 12 34 567 Mo bis Fr von 9 bis 18 Uhr kostenfrei erreichbar", true},
		{"an international number", "Telefon: +49 30 1234567", true},
		{"a number with slashes", "Tel. 0221/1773-1000", true},
		{"an Italian address", "Caffè Esempio S.p.A. – Via Roma, 12 – 10121 Torino – Italien", true},
		{"a German address", "Beispiel GmbH, Hafenstraße 5, 20457 Hamburg", true},
		{"a year in a headline", "Der Hafen im Jahr 2024: Die Fähren kommen zurück", false},
		{"an amount", "500 Euro Rabatt - heute & online", false},
		{"a score and a crowd", "Hafenstadt gewinnt 3:1 – 10000 Fans feiern", false},
		{"figures in a headline", "Zahl der Fahrgäste steigt auf 1.234.567", false},
		{"a date", "Andacht am 11. November 2021, 18 Uhr", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := contactLine(c.in); got != c.want {
				t.Errorf("contactLine(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestMetaRow(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"date, section and type", "26 | 01 | 2022 Hafen | Praxis | Video", true},
		{"section and author", "Politik | Region | Anna Muster", true},
		{"a headline and its site", "Was wir wollen | Beispiel.net", false},
		{"a headline among the fields", "Hafen | Der Rat stimmt für den neuen Fähranleger | Stadtblatt", false},
		{"no bars", "Der Rat stimmt für den neuen Fähranleger", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := metaRow(c.in); got != c.want {
				t.Errorf("metaRow(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestGluedRun(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"a run-together trail", "StartseiteRegionWetterberichteArchiv 2019", true},
		{"a run-together menu", "FotosKartePreiseAnreiseKontakt", true},
		{"a brand's capital", "Das neue iPhone kommt im Herbst", false},
		{"a gender form and a name", "MedienpädagogIn bei McDonald gesucht", false},
		{"a crumb glued to the headline", "StartseiteKulturDrei Nüsse für Aschenbrödel", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := gluedRun(c.in); got != c.want {
				t.Errorf("gluedRun(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

func TestYearSpan(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"a span with a dash", "1921–1924 Bau der Halle mit 12 Toren", true},
		{"a span with a hyphen", "1990-1994 Umbau des Hafens", true},
		{"up to today", "1968 bis heute Chor der Gemeinde", true},
		{"an English span", "1990 to 1994 the harbour was rebuilt", true},
		{"a headline opening with a year", "2024 wird der Hafen neu gebaut", false},
		{"a year with a colon", "2022: Das Jahr der Fähren", false},
		{"no year", "Der Hafen öffnet wieder", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := yearSpan(c.in); got != c.want {
				t.Errorf("yearSpan(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}

// TestTableRowFeature checks that a row of a table, whose cells a
// browser's innerText parts with tabs, is weighed as a row, while the same
// words without tabs are not.
func TestTableRowFeature(t *testing.T) {
	cases := []struct {
		name, line string
		want       bool
	}{
		{"a table's header", "Hafen\tFahrgäste im Jahr 2023\tFahrgäste im Jahr 2024\tÄnderung (in Prozent)", true},
		{"a row of two cells", "Fähre nach Nordholm\tfährt wieder ab Mai", true},
		{"the same words in a line", "Fahrgäste im Jahr 2024 mit einer Änderung in Prozent", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(strings.Join([]string{"Home", c.line, "", "Der Rat der Stadt hat am Donnerstag entschieden, den alten Steg am Hafen im Frühjahr neu zu bauen."}, "\n"))
			if got := candFeatures(t, lines, 1)[hfRowish] == 1; got != c.want {
				t.Errorf("row feature of %q = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// phoneNumberRunes is phoneNumber as it was written first, on the line's
// characters copied out: FuzzPhoneNumber holds phoneNumber to it.
func phoneNumberRunes(s string) bool {
	rs := []rune(s)
	for i, r := range rs {
		if r != '0' && r != '+' || i > 0 && (unicode.IsDigit(rs[i-1]) || unicode.IsLetter(rs[i-1])) {
			continue
		}
		digits, gaps := 0, 0
		for _, c := range rs[i:] {
			if unicode.IsDigit(c) {
				digits++
				continue
			}
			if c == '+' && digits == 0 || c == ' ' || c == '-' || c == '/' {
				gaps++
				continue
			}
			break
		}
		if digits >= 7 && gaps <= digits {
			return true
		}
	}
	return false
}

// FuzzPhoneNumber holds phoneNumber to phoneNumberRunes on any text.
func FuzzPhoneNumber(f *testing.F) {
	for _, s := range []string{"0800 - 50 40 602", "+49 30 1234567", "Tel.0301234567", "A0301234567", "é0301234567", "\xff0301234567", "2024 Rückblick"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := phoneNumber(s), phoneNumberRunes(s); got != want {
			t.Errorf("phoneNumber(%q) = %v, want %v", s, got, want)
		}
	})
}
