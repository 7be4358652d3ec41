package textdump

import (
	"strings"
	"testing"
)

func TestEmailBelow(t *testing.T) {
	cases := []struct {
		name string
		dump []string
		want bool // for the first line
	}{
		{"author box", []string{"Harbour Desk", "harbourdesk", "desk@example.org"}, true},
		{"address right under", []string{"Anna Muster", "anna.muster@example.org"}, true},
		{"address further down", []string{"Der Hafen wird saniert", "Von Anna Muster", "12. März 2024", "anna@example.org"}, false},
		{"an address in a sentence", []string{"Der Hafen wird saniert", "Fragen an presse@example.org richten"}, false},
		{"no address", []string{"Der Hafen wird saniert", "Von Anna Muster"}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(strings.Join(c.dump, "\n"))
			if got := emailBelow(lines, 0); got != c.want {
				t.Errorf("emailBelow(%q) = %v, want %v", lines[0].text, got, c.want)
			}
		})
	}
}

func TestEmailAddress(t *testing.T) {
	for s, want := range map[string]bool{"desk@example.org": true, "@harbourdesk": false, "desk@example": false,
		"Mail: desk@example.org": false, "desk@example.": false} {
		if got := emailAddress(s); got != want {
			t.Errorf("emailAddress(%q) = %v, want %v", s, got, want)
		}
	}
}
