package lang

import (
	"strings"
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

// TestStopLanesIn holds StopLanesIn to StopMaskOf, on every stop word in
// a line and some words that are none.
func TestStopLanesIn(t *testing.T) {
	words := []string{"parkhaus", "", "x", "theory", "thé", "Über", "ÿ", "\xff"}
	for w := range StopLangs {
		words = append(words, w, strings.ToUpper(w), w+"s")
	}
	for _, w := range words {
		t.Run(w, func(t *testing.T) { checkStopLanes(t, w) })
	}
}

func checkStopLanes(t *testing.T, w string) {
	t.Helper()
	s := "«" + w + "» and more"
	lo, hi := StopLanesIn(s, len("«"), len("«")+len(w))
	var want uint32
	if w != "" {
		want = StopMaskOf([]byte(w))
	}
	var got uint32
	for k := 0; k < NumStopLangs; k++ {
		var b uint64
		if k < 8 {
			b = lo >> (8 * k) & 0xff
		} else {
			b = uint64(hi >> (8 * (k - 8)) & 0xff)
		}
		if b > 1 {
			t.Fatalf("StopLanesIn(%q): lane %d is %d", w, k, b)
		}
		got |= uint32(b) << k
	}
	if got != want {
		t.Errorf("StopLanesIn(%q) = %b, want %b", w, got, want)
	}
	if IsStopWordIn(s, len("«"), len("«")+len(w)) != (want != 0) {
		t.Errorf("IsStopWordIn(%q) disagrees with StopMaskOf", w)
	}
}

func FuzzStopLanesIn(f *testing.F) {
	for _, w := range []string{"the", "und", "Der", "jest", "\xff", "aaaaaaaaaaa"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) { checkStopLanes(t, w) })
}
