package textdump

import "testing"

func TestBookEntry(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German editor", "Anna Muster (Hrsg.) • Häfen der Ostsee", true},
		{"German short mark", "Eva Beispiel (Hg.): Die Fähre", true},
		{"English editor", "Sam Example (ed.), Harbours of the North", true},
		{"French editor", "Jeanne Exemple (dir.) – Les ports", true},
		{"a headline about a book", "Ein Buch über die Häfen der Ostsee", false},
		{"a headline with brackets", "Der Hafen (vorerst) gerettet", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := bookEntry(c.line); got != c.want {
				t.Errorf("bookEntry(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
