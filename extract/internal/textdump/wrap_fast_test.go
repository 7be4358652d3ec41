package textdump

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWrapTests holds fieldsAtLeast, runesUnder and tableMark, which rawLines asks of
// long lines, to the counts and searches they stand for.
func FuzzWrapTests(f *testing.F) {
	for _, s := range []string{"", "one two three four five six", "a\tb", "x │ y", "x ┃ y", "a | b", "\xe2\x94 broken", "  lead  and  trail  ", "\u00a0a\u2003b c d e f", "\U0001F600\U0001F600", "\xff\xfe\xfd\xfc", "日本語のテキスト"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := countFields(s)
		for _, k := range []int{0, 1, 5, 6, 7} {
			if got, want := fieldsAtLeast(s, k), n >= k; got != want {
				t.Errorf("fieldsAtLeast(%q, %d) = %v, want %v", s, k, got, want)
			}
		}
		for _, k := range []int{0, 1, 3, 4, 5, 40} {
			if got, want := runesUnder(s, k), utf8.RuneCountInString(s) < k; got != want {
				t.Errorf("runesUnder(%q, %d) = %v, want %v", s, k, got, want)
			}
		}
		if got, want := tableMark(s), strings.ContainsAny(s, "\t│┃|"); got != want {
			t.Errorf("tableMark(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestRunesUnder holds runesUnder to the count at the lengths in bytes
// where it answers without counting and where it counts.
func TestRunesUnder(t *testing.T) {
	for _, tc := range []struct {
		name string
		s    string
		n    int
	}{
		{"empty", "", 40},
		{"short ASCII", "a short line", 40},
		{"ASCII of n", strings.Repeat("a", 40), 40},
		{"ASCII under n", strings.Repeat("a", 39), 40},
		{"two-byte characters of n", strings.Repeat("é", 40), 40},
		{"two-byte characters under n", strings.Repeat("é", 39), 40},
		{"four-byte characters of n", strings.Repeat("\U0001F600", 40), 40},
		{"four-byte characters under n", strings.Repeat("\U0001F600", 39), 40},
		{"three-byte characters, 4n bytes", strings.Repeat("日", 53) + "a", 40},
		{"bytes that are not UTF-8", strings.Repeat("\xe2\x94", 30), 40},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := runesUnder(tc.s, tc.n), utf8.RuneCountInString(tc.s) < tc.n; got != want {
				t.Errorf("runesUnder(%q, %d) = %v, want %v", tc.s, tc.n, got, want)
			}
		})
	}
}
