package textdump

import "testing"

func TestFactLine(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"English recipe time", "Ready in 2 hrs 15 min", true},
		{"English yield", "Serves 6", true},
		{"rating count", "318 Reviews", true},
		{"German portions", "für 6 Personen", true},
		{"German preparation time", "Zubereitung: 40 Min.", true},
		{"energy", "2310 kcal", true},
		{"Spanish servings", "4 raciones", true},
		{"French cooking time", "Cuisson 25 min", true},
		{"Polish comments", "12 komentarze", true},
		{"a headline with a figure", "Town hall to cut 40 jobs by spring", false},
		{"a product and its version", "Gartenbahn 2", false},
		{"a title with a year", "Wahlen 2024", false},
		{"a price in a headline", "1000 Euro Zuschuss", false},
		{"a German headline", "Der Hafen öffnet die Fähranleger wieder", false},
		{"no figure", "Serves", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := factLine(c.line); got != c.want {
				t.Errorf("factLine(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

func TestFigure(t *testing.T) {
	for w, want := range map[string]bool{"12": true, "4.52": true, "0,00": true, "1/2": true, "½": true, "€5": true,
		"20%": true, "cop26": false, "a1": false, "-": false} {
		if got := figure(w); got != want {
			t.Errorf("figure(%q) = %v, want %v", w, got, want)
		}
	}
}
