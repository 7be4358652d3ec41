package textdump

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// personLikeFields is personLike as it split the line into a list first.
func personLikeFields(l textLine) bool {
	ws := strings.Fields(l.text)
	if len(ws) < 2 || len(ws) > 3 || l.stops > 0 || dates.HasDigit(l.text) {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func TestPersonLike(t *testing.T) {
	tests := []struct {
		name string
		text string
		want bool
	}{
		{"two names", "Maria Keller", true},
		{"three names", "Jean Paul Martin", true},
		{"accented capitals", "Élise Ödön", true},
		{"one word", "Keller", false},
		{"four words", "Anna Maria Sofia Keller", false},
		{"small word", "Maria von Keller", false},
		{"figure", "Maria Keller 2", false},
		{"odd spaces between", "Maria\u00a0 Keller", true},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := readLines(tt.text)
			var line textLine
			if len(l) > 0 {
				line = l[0]
			}
			if got := personLike(line); got != tt.want {
				t.Errorf("personLike(%q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

// FuzzPersonLike holds personLike, which reads the words in place, to the
// reading that split them into a list.
func FuzzPersonLike(f *testing.F) {
	for _, s := range []string{"Maria Keller", "a B", "X Y Z W", "Ä Ö", "\u00a0A B", "A\xffB C", "A 1"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, stops int) {
		l := textLine{lineForm: lineForm{text: s, stops: stops & 1}}
		if got, want := personLike(l), personLikeFields(l); got != want {
			t.Errorf("personLike(%q, stops %d) = %v, want %v", s, l.stops, got, want)
		}
	})
}
