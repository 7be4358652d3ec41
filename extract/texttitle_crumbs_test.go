package extract

import "testing"

func TestCrumbEnd(t *testing.T) {
	cases := []struct {
		name string
		dump string
		line string // the line asked about
		want bool
	}{
		{"the end of a numbered trail", " 1. Stadtblatt\n 2. Region\n 3. Hafenstadt\n 4. Der Rat stimmt für den neuen Fähranleger\n\nVon Anna Muster", "Der Rat stimmt für den neuen Fähranleger", true},
		{"a Spanish trail", " 1. Inicio\n 2. Sociedad\n 3. El puerto vuelve a abrir el muelle\n", "El puerto vuelve a abrir el muelle", true},
		{"an entry that the list goes on after", " 1. Start\n 2. Region\n 3. Der Rat stimmt für den Anleger\n 4. Wetter", "Der Rat stimmt für den Anleger", false},
		{"one step only before it", " 1. Start\n 2. Der Rat stimmt für den neuen Anleger\n", "Der Rat stimmt für den neuen Anleger", false},
		{"long entries are a list, not a trail", " 1. Der Hafen wird im Frühjahr umgebaut\n 2. Die Fähren fahren ab Mai wieder\n 3. Der Rat stimmt für den neuen Anleger\n", "Der Rat stimmt für den neuen Anleger", false},
		{"bullets are no numbered trail", "  • Start\n  • Region\n  • Der Rat stimmt für den neuen Anleger\n", "Der Rat stimmt für den neuen Anleger", false},
		{"too short for a headline", " 1. Start\n 2. Region\n 3. Hafenstadt\n", "Hafenstadt", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			i := -1
			for k, l := range lines {
				if l.text == c.line {
					i = k
				}
			}
			if i < 0 {
				t.Fatalf("line %q not read among %d lines", c.line, len(lines))
			}
			if got := crumbEnd(lines, i); got != c.want {
				t.Errorf("crumbEnd(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
