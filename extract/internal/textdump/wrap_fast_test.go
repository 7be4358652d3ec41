package textdump

import (
	"strings"
	"testing"
)

// FuzzWrapTests holds fieldsAtLeast and tableMark, which rawLines asks of
// long lines, to the counts and searches they stand for.
func FuzzWrapTests(f *testing.F) {
	for _, s := range []string{"", "one two three four five six", "a\tb", "x │ y", "x ┃ y", "a | b", "\xe2\x94 broken", "  lead  and  trail  ", "\u00a0a\u2003b c d e f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := countFields(s)
		for _, k := range []int{0, 1, 5, 6, 7} {
			if got, want := fieldsAtLeast(s, k), n >= k; got != want {
				t.Errorf("fieldsAtLeast(%q, %d) = %v, want %v", s, k, got, want)
			}
		}
		if got, want := tableMark(s), strings.ContainsAny(s, "\t│┃|"); got != want {
			t.Errorf("tableMark(%q) = %v, want %v", s, got, want)
		}
	})
}
