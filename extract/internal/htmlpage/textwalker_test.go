package htmlpage

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// oldText is textWalker.text as it was before its ASCII runs got a loop of
// their own, one character at a time: the reading the new one is held to.
func oldText(tw *textWalker, s string) {
	start := -1
	for i := 0; i < len(s); {
		space, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				tw.invalid = true
			}
			space = unicode.IsSpace(r)
		}
		if !space {
			if start < 0 {
				if tw.pending {
					tw.buf = append(tw.buf, ' ')
					tw.pending = false
				}
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			tw.buf = append(tw.buf, s[start:i]...)
			start = -1
		}
		tw.pending = len(tw.buf) > 0
		i += size
	}
	if start >= 0 {
		tw.buf = append(tw.buf, s[start:]...)
	}
}

// checkTextWalker feeds the pieces of s cut at a and b (and a space()
// between the second and third) to both readings and compares them.
func checkTextWalker(t *testing.T, s string, a, b int) {
	a, b = min(a, len(s)), min(b, len(s))
	if a > b {
		a, b = b, a
	}
	pieces := []string{s[:a], s[a:b], s[b:]}
	var got, want textWalker
	for k, p := range pieces {
		if k == 2 {
			got.space()
			want.space()
		}
		got.text(p)
		oldText(&want, p)
	}
	if string(got.buf) != string(want.buf) || got.pending != want.pending || got.invalid != want.invalid {
		t.Errorf("text(%q) = %q pending %v invalid %v, want %q %v %v", pieces,
			got.buf, got.pending, got.invalid, want.buf, want.pending, want.invalid)
	}
}

func TestTextWalkerText(t *testing.T) {
	tests := map[string]string{
		"ascii words":        "  One two\tthree\n\nfour  ",
		"no-break spaces":    "\u00a0a\u00a0 b\u2028c\u3000",
		"invalid byte":       "caf\xe9 au  lait",
		"split rune":         "quote \xe2\x80\x9c end",
		"only spaces":        " \t\r\n\v\f ",
		"control characters": "a\x00b\x1fc\x7f d",
		"letters beyond":     "Ärger über Öl, 東京 と 大阪",
		"empty":              "",
	}
	for name, s := range tests {
		t.Run(name, func(t *testing.T) {
			for a := 0; a <= len(s); a++ {
				for b := a; b <= len(s); b++ {
					checkTextWalker(t, s, a, b)
				}
			}
		})
	}
}

func FuzzTextWalkerText(f *testing.F) {
	f.Add(" One  two\tthree ", 3, 7)
	f.Add("caf\xe9 \u00a0au lait", 4, 5)
	f.Add("quote \xe2\x80\x9c end", 7, 8)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		checkTextWalker(t, s, max(a, 0), max(b, 0))
	})
}
