package lang

import (
	"iter"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// guessLangRef is GuessLang as it was, lower-casing each text whole and
// splitting it into words (lineWords); GuessLang must agree with it.
// GuessLang returns the language whose stop words are the most frequent in
// the texts, or "" when too few are seen to tell.
func guessLangRef(texts []string) string {
	count := map[string]int{}
	total := 0
	for _, t := range texts {
		for w := range lineWords(t) {
			if mayBeStop(w) {
				for _, l := range StopLangs[w] {
					count[l]++
				}
			}
			total++
		}
	}
	best, n, second := "", 0, 0
	for l, c := range count {
		if c > n || c == n && l < best {
			best, second, n = l, n, c
		} else if c > second {
			second = c
		}
	}
	if n < 12 || float64(n) < 1.3*float64(second) {
		return ""
	}
	return best
}

// lineWords yields the words of LineWords(s) one by one, as GuessLang
// read them before countStops.
func lineWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for w := range strings.FieldsSeq(ToLower(s)) {
			if w = TrimWord(w); w != "" && !yield(w) {
				return
			}
		}
	}
}

// TestLowerKeepsKinds checks, on every code point, what countStops rests
// on: lower-casing a character neither makes nor takes white space, a
// letter or a digit.
func TestLowerKeepsKinds(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		l := unicode.ToLower(r)
		if unicode.IsSpace(r) != unicode.IsSpace(l) || (unicode.IsLetter(r) || unicode.IsDigit(r)) != (unicode.IsLetter(l) || unicode.IsDigit(l)) {
			t.Fatalf("lower-casing %U to %U changes its kind", r, l)
		}
	}
}

var guessSeeds = []struct{ name, text string }{
	{"german", "Die Stadt und der Park sind in der Nähe von dem Fluss, aber nicht mit dem Auto zu erreichen"},
	{"english", "The city and the park are near the river, but not in reach of the car by the road"},
	{"capitals", "DIE STADT UND DER PARK SIND IN DER NÄHE VON DEM FLUSS UND DER BRÜCKE DER STADT"},
	{"quotes and marks", "„Der“ (die) das… ‘the’ — and «le» la; Ⓐ Ⅰ don’t İstanbul \u212a"},
	{"not utf-8", "\xffder \xc3die das\xff und"},
	{"french", "Le chat et la souris sont dans la maison de la ville avec les enfants"},
}

func TestGuessLangAsBefore(t *testing.T) {
	for _, tt := range guessSeeds {
		t.Run(tt.name, func(t *testing.T) {
			texts := []string{tt.text, tt.text, strings.ToUpper(tt.text)}
			if got, want := GuessLang(texts), guessLangRef(texts); got != want {
				t.Errorf("GuessLang = %q, want %q", got, want)
			}
			got, want := stopCounts(tt.text), map[string]int{}
			for w := range lineWords(tt.text) {
				for _, l := range StopLangs[w] {
					want[l]++
				}
			}
			if len(got) != len(want) {
				t.Fatalf("countStops = %v, want %v", got, want)
			}
			for l, n := range want {
				if got[l] != n {
					t.Fatalf("countStops = %v, want %v", got, want)
				}
			}
		})
	}
}

func FuzzGuessLang(f *testing.F) {
	for _, tt := range guessSeeds {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := stopCounts(s), map[string]int{}
		for w := range lineWords(s) {
			for _, l := range StopLangs[w] {
				want[l]++
			}
		}
		for l, n := range want {
			if got[l] != n {
				t.Fatalf("countStops(%q) = %v, want %v", s, got, want)
			}
		}
		if len(got) != len(want) {
			t.Fatalf("countStops(%q) = %v, want %v", s, got, want)
		}
		texts := []string{s, s, s, s, s, s, s, s, s, s, s, s}
		if got, want := GuessLang(texts), guessLangRef(texts); got != want {
			t.Errorf("GuessLang(%q) = %q, want %q", s, got, want)
		}
	})
}

// stopCounts is countStops of s by language name, the languages with no
// word left out.
func stopCounts(s string) map[string]int {
	var count [len(stopLangNames)]int
	countStops(s, &count)
	m := map[string]int{}
	for k, n := range count {
		if n > 0 {
			m[stopLangNames[k]] = n
		}
	}
	return m
}

// TestStopLangNames checks that stopLangNames are StopWords' languages,
// sorted, and that each stop word's bits are its languages.
func TestStopLangNames(t *testing.T) {
	var names []string
	for l := range StopWords {
		names = append(names, l)
	}
	sort.Strings(names)
	if !slices.Equal(names, stopLangNames[:]) {
		t.Fatalf("stopLangNames = %v, want %v", stopLangNames, names)
	}
	for w, langs := range StopLangs {
		if w == "" {
			continue
		}
		var got []string
		for m := stopMask(w); m != 0; m &= m - 1 {
			got = append(got, stopLangNames[bits.TrailingZeros32(m)])
		}
		if !slices.Equal(got, langs) {
			t.Errorf("stopMask(%q) gives %v, want %v", w, got, langs)
		}
	}
	if stopMask("parkhaus") != 0 {
		t.Errorf("stopMask of a word that is no stop word is not 0")
	}
}

// FuzzCountStopsLoop holds countStops, which reads the words in its own
// loop, to countStopsNextWord, which reads them with NextWord.
func FuzzCountStopsLoop(f *testing.F) {
	for _, tt := range guessSeeds {
		f.Add(tt.text)
	}
	f.Add("a\u00a0the\u2003und\xffder ━━ die, Der. ÜBER über")
	f.Fuzz(func(t *testing.T, s string) {
		var got, want [len(stopLangNames)]int
		countStops(s, &got)
		countStopsNextWord(s, &want)
		if got != want {
			t.Errorf("countStops(%q) = %v, want %v", s, got, want)
		}
	})
}
