package textdump

import (
	"strings"
	"testing"
)

func TestBylineNameBeforeDate(t *testing.T) {
	cases := []struct {
		name, line, want string
		ok               bool
	}{
		{"German, am before the date", "Geschrieben von Anna am 25.08.2015 22:30 (1599 x gelesen)", "Anna", true},
		{"English, on before the date", "Written by Sam Lee on 3 May 2021", "Sam Lee", true},
		{"French, le before the date", "Par Claire Dubois le 3 mai 2021", "Claire Dubois", true},
		{"no lead word", "Von Anna Muster 3. Mai 2021", "Anna Muster", true},
		{"a small word alone is no name", "Von am 3. Mai 2021", "", false},
		{"prefix in capitals", "BY JANE DOE", "JANE DOE", true},
		{"prefix lower-cased", "door Jan de Vries", "Jan de Vries", true},
		{"no prefix's first letter", "Heute schreibt Anna", "", false},
		{"a line opening with a mark", "– von Anna Muster", "", false},
		{"empty", "", "", false},
		{"a letter outside ASCII in the head", "Von Jürgen Müller", "Jürgen Müller", true},
		{"a long prefix", "Ein Beitrag von Anna Muster", "Anna Muster", true},
		{"shorter than a prefix", "By", "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := bylineName(c.line)
			if got != c.want || ok != c.ok {
				t.Errorf("bylineName(%q) = %q, %v, want %q, %v", c.line, got, ok, c.want, c.ok)
			}
		})
	}
}

// TestBylineDatesHeadline checks that a byline naming its date after "am"
// dates the headline above it.
func TestBylineDatesHeadline(t *testing.T) {
	l := readLines("Geschrieben von Anna am 25.08.2015 22:30 (1599 x gelesen)")[0]
	if !datedLine(l) {
		t.Errorf("datedLine(%q) = false, want true", l.text)
	}
}

// TestLowerHead checks that lowerHead gives the lower-cased text's first n
// bytes at least, as bylineName needs to tell its prefixes.
func TestLowerHead(t *testing.T) {
	cases := []struct{ name, s string }{
		{"ascii", "By Jane Doe and Others"},
		{"short", "Von"},
		{"empty", ""},
		{"umlauts", "ÜBER ÄRZTE UND ÖFEN"},
		{"shrinks", "\u212a\u212a\u212a Kelvin signs lower to one byte"},
		{"grows", "İSTANBUL İZMİR"},
		{"bad bytes", "B\xffy \xfe\xfdJane"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			whole := strings.ToLower(c.s)
			for n := 0; n <= len(c.s)+1; n++ {
				head := lowerHead(c.s, n)
				if !strings.HasPrefix(whole, head) || len(head) < min(n, len(whole)) {
					t.Errorf("lowerHead(%q, %d) = %q, not a head of %q of %d bytes", c.s, n, head, whole, n)
				}
			}
		})
	}
}
