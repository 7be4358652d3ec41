package lang

import (
	"strings"
	"testing"
)

func TestLineWordsSeq(t *testing.T) {
	tests := []string{"", "Die Stadt, und der Park.", "  (3) «Wörter» — zwei\u00a0drei ", "!!! ?", "Über\tuns"}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			var got []string
			for w := range lineWords(s) {
				got = append(got, w)
			}
			want := LineWords(s)
			if len(got) != len(want) {
				t.Fatalf("lineWords(%q) = %q, want %q", s, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("lineWords(%q) = %q, want %q", s, got, want)
				}
			}
		})
	}
}

func TestLowerWordsSeq(t *testing.T) {
	sep := func(r rune) bool { return r == ' ' || r == '|' }
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"words", "die stadt, und der park."},
		{"punctuation only pieces", "!!! | ? | wort"},
		{"separators in a row", "a || b  c"},
		{"letters and digits kept", "«3-zimmer» (2024)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for w := range LowerWordsSeq(tt.in, sep) {
				got = append(got, w)
			}
			want := SplitLowerWords(tt.in, sep)
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
				t.Errorf("LowerWordsSeq(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}
