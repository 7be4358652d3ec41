package textdump

import (
	"testing"
)

func TestHeadOverParagraph(t *testing.T) {
	cases := []struct {
		name, dump string
		want       bool
	}{
		{"a heading run into its standfirst", "Menü\nLeben am Hafen\n\nWie die Stadt ihren alten Hafen wieder belebt\n\nText", true},
		{"a standfirst barely longer", "Menü\nLeben am Hafen\n\nDer Hafen lebt wieder auf\n\nText", false},
		{"a heading set apart", "Menü\n\nLeben am Hafen\n\nWie die Stadt ihren alten Hafen wieder belebt\n\nText", false},
		{"a paragraph run on", "Menü\nLeben am Hafen\n\nWie die Stadt ihren alten Hafen wieder belebt\nText", false},
		{"one word", "Menü\nHafen\n\nWie die Stadt ihren alten Hafen wieder belebt\n\nText", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := headOverParagraph(readLines(c.dump), 1, 2); got != c.want {
				t.Errorf("headOverParagraph = %v, want %v", got, c.want)
			}
		})
	}
}
