package article

import "testing"

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
