package lang

import (
	"strings"
	"testing"
	"unicode"
)

func TestLineWordsSeq(t *testing.T) {
	tests := []string{"", "Die Stadt, und der Park.", "  (3) «Wörter» — zwei\u00a0drei ", "!!! ?", "Über\tuns"}
	for _, s := range tests {
		t.Run(s, func(t *testing.T) {
			var got []string
			for w := range lineWords(s) {
				got = append(got, w)
			}
			want := LineWords(s)
			if len(got) != len(want) {
				t.Fatalf("lineWords(%q) = %q, want %q", s, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("lineWords(%q) = %q, want %q", s, got, want)
				}
			}
		})
	}
}

// splitWordsRef is SplitWords as first written: the words split where sep
// says, lower-cased, trimmed of what is neither letter nor digit.
func splitWordsRef(s string, sep func(rune) bool) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), sep) {
		if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); w != "" {
			out = append(out, w)
		}
	}
	return out
}

func TestLineWordsRef(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"sentence", "Die Stadt, und der Park."},
		{"quotes and dashes", "  (3) «Wörter» — zwei\u00a0drei "},
		{"punctuation only", "!!! ? …"},
		{"capitals outside ASCII", "ÜBER UNS\tÉTÉ"},
		{"not UTF-8", "caf\xe9 bar"},
		{"digits", "am 3.5.2021 um 12:30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, want := LineWords(tt.in), splitWordsRef(tt.in, unicode.IsSpace)
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
				t.Errorf("LineWords(%q) = %q, want %q", tt.in, got, want)
			}
			sep := func(r rune) bool { return unicode.IsSpace(r) || r == '|' }
			got, want = SplitWords(tt.in, sep), splitWordsRef(tt.in, sep)
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
				t.Errorf("SplitWords(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

func FuzzLineWords(f *testing.F) {
	for _, s := range []string{"", "Die Stadt, und der Park.", "«Wörter» — zwei", "caf\xe9 BAR"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := LineWords(s), splitWordsRef(s, unicode.IsSpace)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Errorf("LineWords(%q) = %q, want %q", s, got, want)
		}
	})
}

func TestTrimWord(t *testing.T) {
	tests := []string{"word", "(word)", "«wört»", "3.", "x", "", "-", "e-mail", "über", "ab’", "9a", "word,", "„wort“,", "(über)", "...", "-«x»-", "\xff.", ".\xff", "(ü", "a—", "für", "größe", "«größe»", "ß\xff", "\xffü", "東京", "ü\u0301", "\ufffd", "x\ufffd"}
	for _, w := range tests {
		t.Run(w, func(t *testing.T) {
			want := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if got := TrimWord(w); got != want {
				t.Errorf("TrimWord(%q) = %q, want %q", w, got, want)
			}
		})
	}
}

// TestIsStopWord holds IsStopWord to the map: every stop word passes its
// table, and other words get the map's answer.
func TestIsStopWord(t *testing.T) {
	for w := range StopLangs {
		if !IsStopWord(w) {
			t.Errorf("IsStopWord(%q) = false for a stop word", w)
		}
	}
	// Each stop word with a letter changed or added: words next to the
	// stop words, which a hash table must tell from them.
	for w := range StopLangs {
		for _, v := range []string{w + "s", "x" + w, w[:len(w)/2] + "q" + w[len(w)/2:]} {
			if got, want := IsStopWord(v), StopLangs[v] != nil; got != want {
				t.Errorf("IsStopWord(%q) = %v, want %v", v, got, want)
			}
		}
	}
	for _, w := range []string{"", "stadt", "park", "x", "über", "theater", "dies", "zzz", "東京"} {
		t.Run(w, func(t *testing.T) {
			if got, want := IsStopWord(w), StopLangs[w] != nil; got != want {
				t.Errorf("IsStopWord(%q) = %v, want %v", w, got, want)
			}
		})
	}
}

func FuzzTrimWord(f *testing.F) {
	for _, s := range []string{"word,", "«größe»", "\xffü", "ü\u0301", "(x)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if got := TrimWord(w); got != want {
			t.Errorf("TrimWord(%q) = %q, want %q", w, got, want)
		}
	})
}
