package clean

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// refLineShape is lineShape as it read every line before its ASCII quick
// paths: the first character after white space, the text with the white
// space at its end trimmed.
func refLineShape(text string, ask Shape) Shape {
	var sh Shape
	if r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(text, unicode.IsSpace)); ask&UpperStart != 0 && unicode.IsUpper(r) {
		sh |= UpperStart
	}
	if t := strings.TrimRightFunc(text, unicode.IsSpace); ask&EndsDot != 0 && (strings.HasSuffix(t, ".") || strings.HasSuffix(t, "…")) {
		sh |= EndsDot
	}
	if ask&Hashes != 0 && strings.Count(text, "#") >= 3 {
		sh |= Hashes
	}
	return sh
}

// checkShape fails t when lineShape, startsUpper or the length readShape
// reads differ on s from their first readings.
func checkShape(t *testing.T, s string) {
	t.Helper()
	all := UpperStart | EndsDot | Hashes
	if got, want := lineShape(s, all), refLineShape(s, all); got != want {
		t.Fatalf("lineShape(%q) = %b, want %b", s, got, want)
	}
	if got, want := startsUpper(s), refLineShape(s, UpperStart) != 0; got != want {
		t.Fatalf("startsUpper(%q) = %v, want %v", s, got, want)
	}
	l := NewLine(s)
	l.readShape()
	n := utf8.RuneCountInString(strings.TrimSpace(s))
	want := lineTriggers.unbounded
	if n < len(lineTriggers.upTo) {
		want = lineTriggers.upTo[n]
	}
	if l.cand != want {
		t.Fatalf("readShape(%q) finds the gates of %d characters %b, want %b", s, n, l.cand, want)
	}
}

// TestLineShape holds lineShape, startsUpper and readShape's length, which
// read two ASCII ends without the Unicode tables, to their first readings
// on every line of the gate sample (the corpus dumps and fixtures) and on
// white space and punctuation of all kinds at the ends.
func TestLineShape(t *testing.T) {
	cases := []string{"", " ", "A", "a.", "Ende.  ", " \tÜber uns", "\u00a0Anna", "So…", "So… ", "x\u2003", "#a #b #c", "\u2028Z.\u2029",
		"(c) 2024", "É", "end\xff", "\xffStart", ".", "…"}
	for _, c := range cases {
		t.Run(c, func(t *testing.T) { checkShape(t, c) })
	}
	for _, s := range gateSample(t) {
		checkShape(t, s)
	}
}

// FuzzLineShape holds the same readings to the first ones on any text.
func FuzzLineShape(f *testing.F) {
	for _, s := range []string{"Jane Doe is a writer.", " x ", "\u00a0Ä…", "#1 #2 #3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkShape(t, s) })
}
