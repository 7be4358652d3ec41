package lang

import "testing"

func TestIsASCII(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"empty", "", true},
		{"plain words and punctuation", "Read more: the 3 best pans (2024)", true},
		{"control bytes are ASCII", "tab\there\x00", true},
		{"a Latin accent", "Café", false},
		{"an ideograph", "東京", false},
		{"a stray byte that is no UTF-8", "abc\xff", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsASCII(tt.in); got != tt.want {
				t.Errorf("IsASCII(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
