package textdump

import (
	"strings"
	"testing"
)

func TestCreditBelow(t *testing.T) {
	cases := []struct {
		name, dump string
		want       bool
	}{
		{"a caption after a paragraph", "Von Anna Muster, 3. März 2024\n\nDer Bürgermeister mit der Fährfrau am neuen Anleger\nFoto: Ben Beispiel\nDer Rat der Stadt hat entschieden.", true},
		{"a caption with a copyright", "Von Anna Muster, 3. März 2024\n\nDer Bürgermeister mit der Fährfrau am neuen Anleger\n© Stadtblatt\nDer Rat der Stadt hat entschieden.", true},
		{"a headline run on under the date", "Von Anna Muster, 3. März 2024\nDer Bürgermeister und die Fährfrau am neuen Anleger\nFoto: Ben Beispiel\nDer Rat der Stadt hat entschieden.", false},
		{"no credit under it", "Von Anna Muster, 3. März 2024\n\nDer Bürgermeister mit der Fährfrau am neuen Anleger\nDer Rat der Stadt hat entschieden.", false},
		{"a credit inside a long line", "Von Anna Muster, 3. März 2024\n\nDer Bürgermeister mit der Fährfrau am neuen Anleger\nFoto: Ben Beispiel zeigt den Rat der Stadt bei der Sitzung am Donnerstag im Rathaus\nDer Rat der Stadt hat entschieden.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			i := -1
			for k, l := range lines {
				if strings.HasPrefix(l.text, "Der Bürgermeister") {
					i = k
				}
			}
			if got := creditBelow(lines, i); got != c.want {
				t.Errorf("creditBelow(%q) = %v, want %v", lines[i].text, got, c.want)
			}
		})
	}
}
