package lang

import (
	"slices"
	"strings"
	"testing"
)

// TestFieldsInto checks FieldsInto against strings.Fields: the first n
// fields, for each n up to one more than there are, on ASCII and other
// white space, invalid UTF-8 and text with no space at all.
func TestFieldsInto(t *testing.T) {
	tests := []struct{ name, s string }{
		{"empty", ""},
		{"only spaces", " \t\r\n "},
		{"words", "The ferry runs again"},
		{"edges", "  set in\tby a tab  "},
		{"no-break space", "zwei\u00a0drei vier"},
		{"ideographic space", "東京\u3000大阪 名古屋"},
		{"next line", "one\u0085two"},
		{"vertical tab and form feed", "a\vb\fc"},
		{"invalid UTF-8", "bad\xffbyte \xfe\xfd end"},
		{"letters outside ASCII", "Über uns — Été"},
		{"one word", "Harbour"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := strings.Fields(tt.s)
			for n := 0; n <= len(all)+1; n++ {
				got := FieldsInto(make([]string, 0, n), tt.s)
				want := all[:min(n, len(all))]
				if !slices.Equal(got, want) {
					t.Errorf("FieldsInto(%q) with room for %d = %q, want %q", tt.s, n, got, want)
				}
			}
		})
	}
}

// BenchmarkFieldsInto splits the first four words of lines as the text
// rules do, most of them ASCII.
func BenchmarkFieldsInto(b *testing.B) {
	lines := []string{
		"The town council of Port Aldery voted on Thursday evening to rebuild the old ferry pier.",
		"    Share on Facebook   Share on X   Email",
		"Über uns — Kontakt — Impressum",
		"Anna Berg is a reporter who covers the harbour and the islands.",
	}
	var four [4]string
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			_ = FieldsInto(four[:0], l)
		}
	}
}
