package textdump

import (
	"testing"
)

// lexCand reads dump and returns its lines and a candidate for the line
// whose text is line, its words set as the headline search sets them.
func lexCand(t *testing.T, dump, line string) ([]textLine, *titleCand) {
	t.Helper()
	lines := readLines(dump)
	for i, l := range lines {
		if l.text == line {
			c := &titleCand{line: i, text: l.text}
			c.words = appendLineWords(nil, l.text)
			return lines, c
		}
	}
	t.Fatalf("line %q not read", line)
	return nil, nil
}

func TestLexKeys(t *testing.T) {
	cases := []struct {
		name string
		dump string
		line string
		want [lexBlocks]string
	}{
		{"a credit between a headline and a byline",
			"Harbour Cranes Return to the Old Quay\n\nPhoto: Jana Novak / Press Agency\n\nBy Tom Reed\n",
			"Photo: Jana Novak / Press Agency",
			[lexBlocks]string{"photo", "photo jana", "agency", "harbour", "by"}},
		{"numbers count as one word",
			"Menu\n\n2024 in Review: Ten Bridges\n\nPosted 3 May 2024\n",
			"2024 in Review: Ten Bridges",
			[lexBlocks]string{"#", "# in", "bridges", "menu", "posted"}},
		{"the dump's first line has no line above",
			"Weekend Markets Open Early\n\nStalls open at seven from Saturday.\n",
			"Weekend Markets Open Early",
			[lexBlocks]string{"weekend", "weekend markets", "early", "", "stalls"}},
		{"a single word has no first two",
			"Home\n\nSport\n\nLocal Club Wins the Cup\n",
			"Sport",
			[lexBlocks]string{"sport", "", "sport", "home", "local"}},
		{"the last line has no line under it",
			"Über uns\n\nKontakt aufnehmen!",
			"Kontakt aufnehmen!",
			[lexBlocks]string{"kontakt", "kontakt aufnehmen", "aufnehmen", "über", ""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines, cand := lexCand(t, c.dump, c.line)
			if got := lexKeys(lines, cand.line, cand.words); got != c.want {
				t.Errorf("lexKeys(%q) = %q, want %q", c.line, got, c.want)
			}
		})
	}
}

func TestLexBucket(t *testing.T) {
	words := []string{"photo", "foto", "by", "read", "sign", "credit", "#", "über", "a b", ""}
	for _, n := range []int{1, 7, 256} {
		for b := range lexBlocks {
			for _, w := range words {
				k := LexBucket(b, w, n)
				if k < 0 || k >= n {
					t.Fatalf("LexBucket(%d, %q, %d) = %d, out of range", b, w, n, k)
				}
				if LexBucket(b, w, n) != k {
					t.Fatalf("LexBucket(%d, %q, %d) changes", b, w, n)
				}
			}
		}
	}
	// The blocks hash apart: a word's buckets in two blocks mostly differ.
	same := 0
	for _, w := range words {
		if LexBucket(lexFirst, w, 256) == LexBucket(lexLast, w, 256) {
			same++
		}
	}
	if same > 2 {
		t.Errorf("%d of %d words fall in the same bucket of two blocks", same, len(words))
	}
}

func TestLexTerms(t *testing.T) {
	dump := "Harbour Cranes Return to the Old Quay\n\nPhoto: Jana Novak / Press Agency\n\nBy Tom Reed\n"
	var table [lexBlocks][]float64
	table[lexFirst] = make([]float64, 16)
	table[lexNextFirst] = make([]float64, 16)
	table[lexFirst][LexBucket(lexFirst, "photo", 16)] = -0.75
	table[lexNextFirst][LexBucket(lexNextFirst, "by", 16)] = 0.25
	cases := []struct {
		name  string
		table *[lexBlocks][]float64
		want  [lexBlocks]float64
	}{
		{"no table", &[lexBlocks][]float64{}, [lexBlocks]float64{}},
		{"two blocks", &table, [lexBlocks]float64{lexFirst: -0.75, lexNextFirst: 0.25}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines, cand := lexCand(t, dump, "Photo: Jana Novak / Press Agency")
			if got := lexTerms(lines, cand, c.table); got != c.want {
				t.Errorf("terms = %v, want %v", got, c.want)
			}
		})
	}
}
