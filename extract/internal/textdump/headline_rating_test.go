package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestRatingLine(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"English widget", "Rating: 4.5/5 (12 votes cast)", true},
		{"English sentence", "Harbour Café, 4.0 out of 5 based on 30 ratings", true},
		{"German", "4 von 5 Sternen (18 Bewertungen)", true},
		{"French", "Note : 3,5/5", true},
		{"a headline about ratings", "Hotel ratings fall by 5 points in the harbour town", false},
		{"a headline with a score", "Kiel wins 3/1 in the harbour derby", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := ratingLine(lang.LineWords(c.line)); got != c.want {
				t.Errorf("ratingLine(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
