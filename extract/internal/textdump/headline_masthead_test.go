package textdump

import "testing"

func TestMasthead(t *testing.T) {
	cases := []struct {
		name  string
		dump  string
		i     int
		start int
		want  bool
	}{
		{"the site's name", "Hafenblatt\nNachrichten von der Küste\nStart\nKontakt\nFähre fährt wieder\nText", 0, 5, true},
		{"the site's tagline", "Hafenblatt\nNachrichten von der Küste\nStart\nKontakt\nFähre fährt wieder\nText", 1, 5, true},
		{"a line set apart under the site's name", "Hafenblatt\n\nFähre fährt wieder\n\nStart\nKontakt\nFoto\nText", 1, 5, false},
		{"a third line", "Hafenblatt\nNachrichten von der Küste\nStart\nKontakt\nFähre fährt wieder\nText", 2, 6, false},
		{"a headline over the text", "Fähre fährt wieder\nDer Hafen ist offen\nText", 0, 2, false},
		{"a dated headline", "Fähre fährt wieder\n12. März 2024\nStart\nKontakt\nFoto\nText", 0, 5, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := masthead(readLines(c.dump), c.i, c.start); got != c.want {
				t.Errorf("masthead = %v, want %v", got, c.want)
			}
		})
	}
}
