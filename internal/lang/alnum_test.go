package lang

import (
	"slices"
	"strings"
	"testing"
)

func TestAlnumWords(t *testing.T) {
	notAlnum := func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }
	tests := []struct{ name, in string }{
		{"one word", "sidebar"},
		{"dashes and underscores", "post__meta-info_2"},
		{"upper case is no word", "Share-BAR x1"},
		{"non-ASCII splits", "tête-à-tête naïve"},
		{"invalid UTF-8", "ab\xffcd"},
		{"empty", ""},
		{"separators only", "--_ -"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Collect(AlnumWords(tt.in))
			want := strings.FieldsFunc(tt.in, notAlnum)
			if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Errorf("AlnumWords(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
	t.Run("stops when asked", func(t *testing.T) {
		n := 0
		for range AlnumWords("a b c d") {
			n++
			if n == 2 {
				break
			}
		}
		if n != 2 {
			t.Errorf("went on to %d words after the loop broke at 2", n)
		}
	})
}
