package lang

import (
	"slices"
	"strings"
	"testing"
)

// fieldWords is what NextWord promises: the fields of s (strings.Fields),
// each trimmed to its letters and digits (TrimWord), empty ones kept.
func fieldWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		out = append(out, TrimWord(f))
	}
	return out
}

// nextWords reads s with NextWord from 0 to its end: a field without a
// letter or a digit gives "", white space left at the end nothing.
func nextWords(t testing.TB, s string) []string {
	var out []string
	for i := 0; i < len(s); {
		first, end, next := NextWord(s, i)
		if next <= i || next > len(s) {
			t.Fatalf("NextWord(%q, %d) goes on at %d", s, i, next)
		}
		read := s[i:next]
		i = next
		switch {
		case first >= 0:
			out = append(out, s[first:end])
		case strings.TrimSpace(read) != "":
			out = append(out, "")
		}
	}
	return out
}

func TestNextWord(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"empty", ""},
		{"blank", " \t\u00a0 "},
		{"ascii", "The cat, (sat) on the mat."},
		{"punctuation only", "a -- b ... c"},
		{"accents", "  Über die Brücke  gehen "},
		{"box rules", "│ cell │ ─── ┼ word│"},
		{"ideographs", "武汉的声音：有英勇的你 才有"},
		{"odd spaces", "one\u2003two\u3000three\u0085four"},
		{"not utf-8", "bad\xffbyte \xe2\x94 cut"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, want := nextWords(t, tc.in), fieldWords(tc.in); !slices.Equal(got, want) {
				t.Errorf("NextWord reads %q as %q, want %q", tc.in, got, want)
			}
		})
	}
}

func FuzzNextWord(f *testing.F) {
	for _, s := range []string{"", "a b", " (x) ", "│x│", "Ärger —  über\u00a0alles", "\xe2\x94", "z\u200bz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nextWords(t, s), fieldWords(s); !slices.Equal(got, want) {
			t.Errorf("NextWord reads %q as %q, want %q", s, got, want)
		}
	})
}

func TestLowerASCII(t *testing.T) {
	var buf [16]byte
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", ""},
		{"capitals", "MONDAY", "monday"},
		{"mixed", "McDonald's 9AM", "mcdonald's 9am"},
		{"around the letters", "@[`{", "@[`{"},
		{"outside ASCII kept", "ÄBC", "\xc3\x84bc"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(LowerASCII(buf[:], tc.in)); got != tc.want {
				t.Errorf("LowerASCII(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if IsASCII(tc.in) && string(LowerASCII(buf[:], tc.in)) != strings.ToLower(tc.in) {
				t.Errorf("LowerASCII(%q) is not strings.ToLower's", tc.in)
			}
		})
	}
}
