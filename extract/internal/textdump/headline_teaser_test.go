package textdump

import (
	"strings"
	"testing"
)

func TestListEntry(t *testing.T) {
	cases := []struct {
		name string
		dump []string
		line int // the line weighed
		want bool
	}{
		{"third teaser with its label", []string{
			"Ten quiet beaches in Portugal", "Read the article",
			"Why the ferry is late again", "Read the article",
			"A harbour town votes on its pier", "Read the article",
		}, 4, true},
		{"teasers with a rank between them", []string{
			"Der Hafen wird saniert", "Zum Artikel", "1",
			"Die Fähre fährt wieder", "Zum Artikel", "2",
			"Neue Bänke am Kai", "Zum Artikel",
		}, 6, true},
		{"a headline between its section's name", []string{
			"Start", "Region", "Wirtschaft", "Sport", "Kultur", "Wetter", "Kontakt", "Suche", "Start",
			"Region",
			"Der Hafen wird saniert",
			"Region",
		}, 10, false},
		{"a label in brackets", []string{
			"[Anzeige]", "Start", "[Anzeige]",
			"Der Hafen wird saniert",
			"[Anzeige]",
		}, 3, false},
		{"the first teaser", []string{
			"Ten quiet beaches in Portugal", "Read the article",
			"Why the ferry is late again", "Read the article",
			"A harbour town votes on its pier", "Read the article",
		}, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(strings.Join(c.dump, "\n"))
			if got := listEntry(lines, c.line); got != c.want {
				t.Errorf("listEntry(%q) = %v, want %v", lines[c.line].text, got, c.want)
			}
		})
	}
}
