package textdump

import (
	"strings"
	"testing"
)

func TestTrimDatedTeasers(t *testing.T) {
	para := "Die Gemeinde hat am Abend über den neuen Radweg am Fluss beraten, und die meisten Räte stimmten für den Plan, der seit zwei Jahren vorbereitet wird."
	teasers := []string{
		"03.02.2021 - Sport Der Trainer bleibt auch in der nächsten Saison beim Verein",
		"28.01.2021 - Sport Neuer Rekord beim Stadtlauf im Winter",
		"Mehr",
		"20.01.2021 - Sport Die Halle wird im Sommer endlich saniert",
		"11.01.2021 - Sport Jugendteam gewinnt das Turnier in der Nachbarstadt",
	}
	cases := []struct {
		name  string
		lines []string
		want  int // the region's end, as an index into the lines
	}{
		{"teasers under the article", append([]string{para, para, para}, teasers...), 3},
		{"a chronology is the article", append([]string{para}, teasers...), 6},
		{"two dated lines are no run", append([]string{para, para, para}, teasers[:2]...), 5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(strings.Join(c.lines, "\n\n"))
			if got := trimDatedTeasers(lines, 0, len(lines)); got != c.want {
				t.Errorf("trimDatedTeasers = %d, want %d", got, c.want)
			}
		})
	}
}
