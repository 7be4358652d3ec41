package clean

import (
	"strings"
	"testing"
	"unicode"

	"github.com/pare-dev/pare/internal/lang"
)

// foldedSlow is folded as the three steps it stands for: lower-case, fold
// white space, trim what is no letter at both ends.
func foldedSlow(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
}

var wordsCases = []struct{ name, in string }{
	{"empty", ""},
	{"spaces only", " \t\n "},
	{"counted heading", "  3 Kommentare: "},
	{"inner runs of space", "Leave\t a  \u00a0Reply"},
	{"capital sharp s and dotted I", "GRÖẞE İstanbul"},
	{"invalid bytes", "ab\xffCD \xc3"},
	{"punctuation only", "… — !"},
	{"ideographs", "東京 の ニュース"},
	{"next line separator", "one\u0085Two"},
}

func TestFoldedOnePass(t *testing.T) {
	for _, c := range wordsCases {
		t.Run(c.name, func(t *testing.T) {
			if got, want := folded(c.in), foldedSlow(c.in); got != want {
				t.Errorf("folded(%q) = %q, want %q", c.in, got, want)
			}
		})
	}
}

func TestRunesOver(t *testing.T) {
	for _, c := range wordsCases {
		t.Run(c.name, func(t *testing.T) {
			for n := 0; n <= len(c.in)+1; n++ {
				if got, want := runesOver(c.in, n), runeLen(c.in) > n; got != want {
					t.Errorf("runesOver(%q, %d) = %v, want %v", c.in, n, got, want)
				}
			}
		})
	}
}

// FuzzRunesOver holds runesOver, which the block rules' tail tests ask of
// every block after the one they judge, to counting the characters.
func FuzzRunesOver(f *testing.F) {
	f.Add("東京 の ニュース", 5)
	f.Add("a\xffb", 2)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 || n > 1<<20 {
			return
		}
		if got, want := runesOver(s, n), runeLen(s) > n; got != want {
			t.Errorf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}

func TestFirstFields(t *testing.T) {
	for _, c := range wordsCases {
		t.Run(c.name, func(t *testing.T) {
			all := strings.Fields(c.in)
			for n := 0; n <= len(all)+1; n++ {
				want := all[:min(n, len(all))]
				if got := lang.FieldsInto(make([]string, 0, n), c.in); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
					t.Errorf("FieldsInto(%q, %d) = %q, want %q", c.in, n, got, want)
				}
			}
		})
	}
}
