package lang

import (
	"testing"
)

// TestStopMaskOf checks StopMaskOf against StopWords for every stop word
// of every language, the words upper-cased and cut, and words of none.
func TestStopMaskOf(t *testing.T) {
	codes := StopLangCodes()
	want := func(w string) uint32 {
		var m uint32
		for k, code := range codes {
			if StopWords[code][w] {
				m |= 1 << k
			}
		}
		return m
	}
	words := []string{"", "x", "ferry", "internationalisation", "harbour", "théâtre", "ещё", "über", "l'été"}
	for w := range StopLangs {
		words = append(words, w, w+"s", w[:len(w)/2], ToLower(w)+"x", "x"+w)
	}
	for _, w := range words {
		if got, want := StopMaskOf([]byte(w)), want(w); got != want {
			t.Errorf("StopMaskOf(%q) = %b, want %b", w, got, want)
		}
	}
}

// FuzzStopMaskOf holds StopMaskOf to StopWords on fuzzed words.
func FuzzStopMaskOf(f *testing.F) {
	for _, w := range []string{"the", "und", "который", "pour", "ab", "\xff"} {
		f.Add(w)
	}
	codes := StopLangCodes()
	f.Fuzz(func(t *testing.T, w string) {
		var want uint32
		for k, code := range codes {
			if StopWords[code][w] {
				want |= 1 << k
			}
		}
		if got := StopMaskOf([]byte(w)); got != want {
			t.Errorf("StopMaskOf(%q) = %b, want %b", w, got, want)
		}
	})
}
