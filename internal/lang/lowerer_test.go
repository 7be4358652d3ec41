package lang

import (
	"strings"
	"testing"
)

// TestLowerer holds Lowerer.ToLower to strings.ToLower, one Lowerer for
// all texts (so that texts share its buffers), and checks that the texts
// it returned earlier are unchanged by those it writes later.
func TestLowerer(t *testing.T) {
	tests := []struct {
		name string
		size int
		in   []string
	}{
		{"nothing to change", 0, []string{"", "plain words", "über die straße", "東京 tokyo"}},
		{"capitals", 0, []string{"The Mayor Said NO", "A", "lower", "End."}},
		{"outside ASCII", 0, []string{"Über Die STRASSE ÄÖÜ", "ΟΔΥΣΣΕΥΣ", "İstanbul", "Москва", "5 \u212a"}},
		{"growing runes", 8, []string{"\u023a\u023a\u023a\u023a\u023a\u023a\u023a\u023a", "\u023e X \u023a"}},
		{"box drawing", 0, []string{"│ Name │ Wert │", "┃A┃"}},
		{"not UTF-8", 0, []string{"Caf\xe9 Bar", "A\uFFFDB", "Ok"}},
		{"small buffers", 16, []string{"First Line Here", "Second Line, Longer Than The Buffer", "Third", "FOURTH LINE"}},
		{"long text", 0, []string{strings.Repeat("Word ", 40000), "After"}},
		{"windows", 0, []string{strings.Repeat("x", lowerWindow-1) + "Ä" + strings.Repeat("Ȿ", lowerWindow), strings.Repeat("ȺB", lowerWindow), strings.Repeat("a", lowerWindow-2) + "東京X"}},
		{"not UTF-8 after a window", 0, []string{strings.Repeat("A", 2*lowerWindow) + "\xe9", strings.Repeat("b", lowerWindow-1) + "\xe9\x80\x80\x80\x80 B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var lw Lowerer
			if tt.size > 0 {
				lw.Size(tt.size)
			}
			var got []string
			for _, s := range tt.in {
				got = append(got, lw.ToLower(s))
			}
			for i, s := range tt.in {
				if want := strings.ToLower(s); got[i] != want {
					t.Errorf("ToLower(%q) = %q, want %q", s, got[i], want)
				}
			}
		})
	}
}

func FuzzLowerer(f *testing.F) {
	for _, s := range []string{"", "Über Straße", "Caf\xe9", "\u212a", "ΟΔΥΣΣΕΥΣ", "\u023aA", "│A│"} {
		f.Add(s, "Second Text")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		var lw Lowerer
		lw.Size(len(a) / 2)
		la := lw.ToLower(a)
		lb := lw.ToLower(b)
		la2 := lw.ToLower(a)
		if want := strings.ToLower(a); la != want || la2 != want {
			t.Errorf("ToLower(%q) = %q then %q, want %q", a, la, la2, want)
		}
		if want := strings.ToLower(b); lb != want {
			t.Errorf("ToLower(%q) = %q, want %q", b, lb, want)
		}
		// Texts longer than a window, cut at every place of a.
		if a != "" {
			long := strings.Repeat(a, lowerWindow/len(a)+2) + b
			if got, want := lw.ToLower(long), strings.ToLower(long); got != want {
				t.Errorf("ToLower(%q) = %q, want %q", long, got, want)
			}
		}
	})
}

// TestFoldLower holds FoldLower, which returns a text whose ends need no
// trimming as it is, to strings.Trim with foldCut.
func TestFoldLower(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"plain", "a plain line"},
		{"quoted", "\u201ea quote\u201c"},
		{"punctuation at the end", "read more:"},
		{"space at the start", " padded"},
		{"one letter", "x"},
		{"only cut", ".!?"},
		{"ASCII then quote", "word\u00bb"},
		{"digits", "2024"},
		{"not UTF-8", "a\xff"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := FoldLower(tt.in), strings.Trim(tt.in, foldCut); got != want {
				t.Errorf("FoldLower(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func FuzzFoldLower(f *testing.F) {
	for _, s := range []string{"", "a", "\u201ea\u201c", "x.", " x", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldLower(s), strings.Trim(s, foldCut); got != want {
			t.Errorf("FoldLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestUpperBytes holds upperBytes to a byte's test, for every ASCII byte
// in every place of the word, among neighbours that could carry into it.
func TestUpperBytes(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		for pos := 0; pos < 8; pos++ {
			for _, fill := range []byte{0x00, 'Z', 'A' - 1, 0x7f} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				x := word8(string(b[:]), 0)
				var want uint64
				for k, v := range b {
					if 'A' <= v && v <= 'Z' {
						want |= 0x80 << (8 * k)
					}
				}
				if got := upperBytes(x); got != want {
					t.Fatalf("upperBytes(%q) = %#x, want %#x", b[:], got, want)
				}
			}
		}
	}
}

// TestIsStopWordIn holds IsStopWordIn to IsStopWord on every stop word, in
// the middle of a line and at its end, on near misses and on words that
// hold a zero byte.
func TestIsStopWordIn(t *testing.T) {
	var words []string
	for w := range StopLangs {
		words = append(words, w, w+"x", "x"+w, strings.ToUpper(w), w+"\x00", "\x00"+w)
		if len(w) > 1 {
			words = append(words, w[:len(w)-1], w[1:])
		}
	}
	words = append(words, "", "\x00", "the", "thé", "verylongword", "a")
	for _, w := range words {
		for _, line := range []struct{ before, after string }{{"", ""}, {"zz ", " and more text here"}, {"a ", ""}} {
			s := line.before + w + line.after
			i, j := len(line.before), len(line.before)+len(w)
			if got, want := IsStopWordIn(s, i, j), IsStopWord(w); got != want {
				t.Fatalf("IsStopWordIn(%q, %d, %d) = %v, want %v", s, i, j, got, want)
			}
		}
	}
}

func FuzzIsStopWordIn(f *testing.F) {
	f.Add("the cat", 0, 3)
	f.Add("und", 0, 3)
	f.Add("x\x00y", 0, 2)
	f.Fuzz(func(t *testing.T, s string, i, j int) {
		if i < 0 || j < i || j > len(s) {
			return
		}
		if got, want := IsStopWordIn(s, i, j), IsStopWord(s[i:j]); got != want {
			t.Errorf("IsStopWordIn(%q, %d, %d) = %v, want %v", s, i, j, got, want)
		}
	})
}
