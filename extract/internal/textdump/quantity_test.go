package textdump

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// isQuantityRead is isQuantity without its look at an ASCII first byte:
// the first character after white space decoded and looked up.
func isQuantityRead(s string) bool {
	if len(s) > 120 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace)); !(r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) {
		return false
	}
	var first [2]string
	f := lang.FieldsInto(first[:0], s)
	if len(f) < 2 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(f[0])
	if !(r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) {
		return false
	}
	u := strings.ToLower(strings.TrimRight(f[1], ".,"))
	return units[u] || len(f[0]) > 1 && units[strings.ToLower(strings.TrimLeft(f[0], "0123456789.,/½¼¾-"))]
}

// TestIsQuantityFirstByte holds isQuantity to isQuantityRead on lines
// starting with every ASCII character and some others.
func TestIsQuantityFirstByte(t *testing.T) {
	var starts []string
	for c := 0; c < utf8.RuneSelf; c++ {
		starts = append(starts, string(rune(c)))
	}
	starts = append(starts, "½", "¼", "⅔", "\u00a0", "\u3000", "é", "\xff", "\u00a02")
	for _, tc := range []struct{ name, rest string }{
		{"alone", ""},
		{"a unit after", "00 g Mehl"},
		{"a unit glued", "00g Zucker"},
		{"words after", " cups of flour"},
		{"a space and a number", " 2 EL Öl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, st := range starts {
				s := st + tc.rest
				if got, want := isQuantity(s), isQuantityRead(s); got != want {
					t.Errorf("isQuantity(%q) = %v, want %v", s, got, want)
				}
			}
		})
	}
}

// FuzzIsQuantity holds isQuantity to isQuantityRead on any text.
func FuzzIsQuantity(f *testing.F) {
	for _, s := range []string{"", "200 g Mehl", "½ TL Salz", " 3 eggs", "Salz", "2x", "\t1 kg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isQuantity(s), isQuantityRead(s); got != want {
			t.Errorf("isQuantity(%q) = %v, want %v", s, got, want)
		}
	})
}
