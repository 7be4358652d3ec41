package textdump

import "testing"

func TestCompanyName(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German company", "Hafenblick Verlag GmbH", true},
		{"German association", "Freunde des Stadtparks e.V.", true},
		{"English company", "Harbour Media Ltd", true},
		{"Swedish company", "Nordljus Media AB", true},
		{"Spanish company", "Ediciones del Puerto S.L.", true},
		{"Polish company", "Wydawnictwo Port sp. z o.o.", true},
		{"a headline naming a company", "Werft übernimmt die Muster Schiffbau GmbH und baut Fähren", false},
		{"a short headline naming a company", "Hafenamt verklagt Muster AG", false},
		{"a headline ending in a small word", "Was wir über Tiere wissen, ab", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := companyName(c.line); got != c.want {
				t.Errorf("companyName(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

func TestPostcodeTown(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"Swedish code in two groups", "411 06 Göteborg", true},
		{"German code", "20095 Hamburg", true},
		{"German code with country", "D-80331 München", true},
		{"Swiss code", "3011 Bern", true},
		{"French code and town of two words", "13001 Marseille Centre", true},
		{"an amount and what of", "1000 Euro Zuschuss", false},
		{"a year and a word", "2024 Rückblick", false},
		{"a headline with a figure", "40 Jahre Hafenfest in Kiel", false},
		{"a town alone", "Hamburg", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := postcodeTown(c.line); got != c.want {
				t.Errorf("postcodeTown(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
