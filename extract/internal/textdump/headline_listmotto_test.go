package textdump

import "testing"

func TestListMotto(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German motto", "Unabhängig, kritisch und ganz frei", true},
		{"English motto", "Fast, simple and secure.", true},
		{"French motto", "Libre, curieux et engagé", true},
		{"Spanish motto", "Independiente, crítico y local", true},
		{"a headline that lists things", "Brot, Butter und Milch werden teurer", false},
		{"a headline with commas", "Wer baut, zahlt mehr, sagt der Rat", false},
		{"two items", "Hafen und Stadt", false},
		{"a cry", "Gefesselt, beraubt und versteckt!", false},
		{"a headline naming topics", "Energie, Mobilität und neues Wohnen", false},
		{"an English headline in title case", "Tea, Cake and Sandwiches", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := listMotto(c.line); got != c.want {
				t.Errorf("listMotto(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
