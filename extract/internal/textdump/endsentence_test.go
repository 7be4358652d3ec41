package textdump

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// endsSentenceTrim is endsSentence without its reading of an ASCII last
// character: the end trimmed of white space, quotes and closing brackets,
// and its last character looked up.
func endsSentenceTrim(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“”«»)]’", r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

// TestEndsSentenceTail holds endsSentence to endsSentenceTrim on every
// ASCII and some other last characters, after text and alone.
func TestEndsSentenceTail(t *testing.T) {
	var ends []string
	for c := 0; c < utf8.RuneSelf; c++ {
		ends = append(ends, string(rune(c)))
	}
	ends = append(ends, "…", "“", "”", "«", "»", "’", "\u00a0", "\u0085", "\u3000", "。", "é", "\xff", "\xe2\x80")
	for _, tc := range []struct{ name, head string }{
		{"alone", ""},
		{"after a sentence", "The end of it."},
		{"after a word", "A line of words"},
		{"after a quote", "He said: \"so"},
		{"after a space", "so it goes "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, e := range ends {
				for _, s := range []string{tc.head + e, tc.head + e + e, tc.head + ".\"" + e, tc.head + "!" + e} {
					if got, want := endsSentence(s), endsSentenceTrim(s); got != want {
						t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
					}
				}
			}
		})
	}
}

// FuzzEndsSentence holds endsSentence to endsSentenceTrim on any text.
func FuzzEndsSentence(f *testing.F) {
	for _, s := range []string{"", "a.", "a", "a .", "\"Yes!\"", "(so?)", "x …", "done;  ", "\xff", "it’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsSentence(s), endsSentenceTrim(s); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", s, got, want)
		}
	})
}
