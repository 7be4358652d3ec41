package textdump

import (
	"fmt"
	"strings"
	"testing"
)

// countShownMap is countShown as it was, with a map from folds.
func countShownMap(lines []textLine) []int {
	n := map[string]int{}
	for _, l := range lines {
		n[l.fold]++
	}
	out := make([]int, len(lines))
	for i, l := range lines {
		out[i] = n[l.fold]
	}
	return out
}

// TestCountShown holds countShown, which counts folds in a table of its
// own, to a map's count.
func TestCountShown(t *testing.T) {
	many := make([]string, 300)
	for i := range many {
		many[i] = fmt.Sprintf("line %d", i%37)
	}
	tests := []struct {
		name  string
		folds []string
	}{
		{"none", nil},
		{"one", []string{"a"}},
		{"all different", []string{"a", "b", "c", "d", "e"}},
		{"all the same", []string{"menu", "menu", "menu", "menu"}},
		{"empty folds", []string{"", "x", "", ""}},
		{"repeats among others", []string{"home", "news", "a long sentence of the article.", "home", "news", "sport", "home"}},
		{"many lines, more than the first table", many},
		{"long folds", []string{strings.Repeat("x", 500), strings.Repeat("x", 499), strings.Repeat("x", 500)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := make([]textLine, len(tt.folds))
			for i, f := range tt.folds {
				lines[i].fold = f
			}
			want := countShownMap(lines)
			countShown(lines)
			for i := range lines {
				if lines[i].shown != want[i] {
					t.Fatalf("line %d (%q): shown %d, want %d", i, tt.folds[i], lines[i].shown, want[i])
				}
			}
		})
	}
}

func FuzzCountShown(f *testing.F) {
	f.Add("a\nb\na\n\nc\nb\na")
	f.Add("x")
	f.Fuzz(func(t *testing.T, s string) {
		folds := strings.Split(s, "\n")
		lines := make([]textLine, len(folds))
		for i, fo := range folds {
			lines[i].fold = fo
		}
		want := countShownMap(lines)
		countShown(lines)
		for i := range lines {
			if lines[i].shown != want[i] {
				t.Fatalf("line %d (%q): shown %d, want %d", i, folds[i], lines[i].shown, want[i])
			}
		}
	})
}
