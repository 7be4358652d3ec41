package article

import (
	"fmt"
	"strings"
	"testing"
)

func TestLinkDensity(t *testing.T) {
	tests := []struct {
		name string
		b    Block
		want float64
	}{
		{"no links", Block{Plain: "Running text without links.", Links: 0}, 0},
		{"no text", Block{Plain: "", Links: 4}, 0},
		{"half of it", Block{Plain: "abcdefgh", Links: 4}, 0.5},
		{"characters, not bytes", Block{Plain: "éèêëàâîï", Links: 2}, 0.25},
		{"never over one", Block{Plain: "menu", Links: 9}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.b.LinkDensity(); got != tt.want {
				t.Errorf("LinkDensity() = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTextLengthUnder(t *testing.T) {
	tests := []struct {
		name   string
		blocks []string
	}{
		{"none", nil},
		{"empty blocks", []string{"", ""}},
		{"short", []string{"Abo"}},
		{"at the bar in ASCII", []string{strings.Repeat("x", 25)}},
		{"just under", []string{strings.Repeat("x", 24)}},
		{"split over blocks", []string{"twelve chars", "thirteen char"}},
		{"wide characters", []string{strings.Repeat("中", 24)}},
		{"wide characters at the bar", []string{strings.Repeat("中", 25)}},
		{"four-byte characters", []string{strings.Repeat("𝄞", 24), "x"}},
		{"not UTF-8", []string{strings.Repeat("\xff", 24)}},
		{"long first block", []string{strings.Repeat("ab ", 400)}},
	}
	for _, tt := range tests {
		var blocks []Block
		for _, p := range tt.blocks {
			blocks = append(blocks, Block{Kind: Paragraph, Plain: p})
		}
		for _, n := range []int{-1, 0, 1, 24, 25, 26, 100, 10000} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, n), func(t *testing.T) {
				if got, want := TextLengthUnder(blocks, n), TextLength(blocks) < n; got != want {
					t.Errorf("TextLengthUnder(%d) = %v, want %v", n, got, want)
				}
			})
		}
	}
}

func FuzzTextLengthUnder(f *testing.F) {
	f.Add("Abo", "中中中中", 25)
	f.Add(strings.Repeat("x", 30), "", 25)
	f.Fuzz(func(t *testing.T, a, b string, n int) {
		blocks := []Block{{Plain: a}, {Plain: b}}
		if got, want := TextLengthUnder(blocks, n), TextLength(blocks) < n; got != want {
			t.Errorf("TextLengthUnder(%q, %q, %d) = %v, want %v", a, b, n, got, want)
		}
	})
}
