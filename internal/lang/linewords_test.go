package lang

import "testing"

func TestLineWordsSeq(t *testing.T) {
	tests := []string{"", "Die Stadt, und der Park.", "  (3) «Wörter» — zwei\u00a0drei ", "!!! ?", "Über\tuns"}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			var got []string
			for w := range lineWords(s) {
				got = append(got, w)
			}
			want := LineWords(s)
			if len(got) != len(want) {
				t.Fatalf("lineWords(%q) = %q, want %q", s, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("lineWords(%q) = %q, want %q", s, got, want)
				}
			}
		})
	}
}
