package textdump

import "testing"

func TestAttributed(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"a motto and its author", "Wer rastet, der rostet (Anna Muster)", true},
		{"an English saying", "The sea is always right (Sam J. Example)", true},
		{"a headline with a remark", "Fähre fährt wieder (ab Mai)", false},
		{"a headline with an abbreviation", "Neuer Vorstand beim Hafenverein (HVA)", false},
		{"a year in brackets", "Der Anleger im Winter (Foto 2024)", false},
		{"no brackets", "Die Fähre kommt zurück", false},
		{"brackets only", "(Anna Muster)", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := attributed(c.in); got != c.want {
				t.Errorf("attributed(%q) = %v, want %v", c.in, got, c.want)
			}
		})
	}
}
