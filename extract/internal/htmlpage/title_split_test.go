package htmlpage

import (
	"slices"
	"strings"
	"testing"
)

// splitAllEach is splitAll as it was: every separator's pass made anew.
func splitAllEach(title string) []string {
	parts := []string{title}
	for _, sep := range titleSeparators {
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

func TestSplitAllPasses(t *testing.T) {
	tests := []struct{ name, title string }{
		{"no separator", "A plain headline"},
		{"padded", "  A padded headline \t"},
		{"empty", ""},
		{"white space only", " \n "},
		{"first kind only", "Headline | Site"},
		{"later kind only", "Headline :: Section :: Site"},
		{"mixed kinds", "Headline : Blog name | Tagline – more"},
		{"empty parts", " | Headline |  | Site | "},
		{"separator alone", " - "},
		{"nested kinds", "A – B | C – D // E / F"},
		{"glued separators", "A |  - B"},
		{"not UTF-8", "A \xff | B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := splitAll(tt.title), splitAllEach(tt.title); !slices.Equal(got, want) {
				t.Errorf("splitAll(%q) = %q, each pass anew %q", tt.title, got, want)
			}
		})
	}
}

func FuzzSplitAll(f *testing.F) {
	for _, s := range []string{"Headline | Site", "A – B | C", " :: ", "x / y // z", "a · b • c « d » e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if got, want := splitAll(title), splitAllEach(title); !slices.Equal(got, want) {
			t.Errorf("splitAll(%q) = %q, each pass anew %q", title, got, want)
		}
	})
}
