package htmlpage

import (
	"strings"
	"testing"
)

// tightenListsSplit is tightenLists without its first test: every list
// split into lines and joined again.
func tightenListsSplit(md string) string {
	lines := strings.Split(md, "\n")
	out := lines[:0]
	for i, l := range lines {
		if strings.TrimSpace(l) == "" && i+1 < len(lines) && startsNestedItem(lines[i+1]) && i > 0 && strings.TrimSpace(lines[i-1]) != "" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestTightenListsShortcut(t *testing.T) {
	tests := []struct{ name, md string }{
		{"flat list", "- one\n- two\n- three"},
		{"loose flat list", "- one\n\n- two"},
		{"nested after blank", "- one\n\n  - nested\n- two"},
		{"nested tight", "- one\n  - nested"},
		{"continuation line", "- one\n  more of one\n- two"},
		{"ordered nested", "1. one\n\n   1. nested"},
		{"blank of odd spaces", "- one\n\u00a0\n  - nested"},
		{"tab indent", "- one\n\n\t- nested"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := tightenLists(tt.md), tightenListsSplit(tt.md); got != want {
				t.Errorf("tightenLists(%q) = %q, split and joined %q", tt.md, got, want)
			}
		})
	}
}

func FuzzTightenLists(f *testing.F) {
	for _, s := range []string{"- a\n\n  - b", "- a\n- b", "1. a\n \n   2. b\n", "x\n\n \n  * y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if got, want := tightenLists(md), tightenListsSplit(md); got != want {
			t.Errorf("tightenLists(%q) = %q, split and joined %q", md, got, want)
		}
	})
}
