package lang

import (
	"strings"
	"testing"
	"unicode"
)

func TestToLower(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"lower ASCII", "plain words"},
		{"capitals", "The Mayor Said NO"},
		{"umlauts unchanged", "über die straße"},
		{"umlauts", "Über Die STRASSE ÄÖÜ"},
		{"Greek final sigma", "ΟΔΥΣΣΕΥΣ"},
		{"Turkish dotted I", "İstanbul"},
		{"Kelvin sign to ASCII", "5 \u212a"},
		{"not UTF-8", "Caf\xe9 Bar"},
		{"replacement character", "A\uFFFDB"},
		{"Cyrillic", "Москва"},
		{"ideographs", "東京 Tokyo"},
		{"at the stack's size", strings.Repeat("A", lowerWindow)},
		{"growing runes at the stack's size", strings.Repeat("\u023a", lowerWindow/2)},
		{"longer than the stack", strings.Repeat("The Mayor Said NO. ", 20)},
		{"longer, lower-case until the end", strings.Repeat("plain words ", 30) + "End"},
		{"longer, growing runes", strings.Repeat("\u023a\u023e X ", 60)},
		{"longer, box drawing and capitals", strings.Repeat("│ Name │ Wert │", 30)},
		{"longer, not UTF-8 at the end", strings.Repeat("Caf Bar ", 40) + "\xe9"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := ToLower(tt.in), strings.ToLower(tt.in); got != want {
				t.Errorf("ToLower(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func FuzzToLower(f *testing.F) {
	for _, s := range []string{"", "Über Straße", "Caf\xe9", "\u212a", "ΟΔΥΣΣΕΥΣ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ToLower(s), strings.ToLower(s); got != want {
			t.Errorf("ToLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestLowerRune holds lowerRune to unicode.ToLower on every code point.
func TestLowerRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got, want := lowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("lowerRune(%U) = %U, want %U", r, got, want)
		}
	}
}
