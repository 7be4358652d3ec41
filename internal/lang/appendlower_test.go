package lang

import (
	"strings"
	"testing"
)

func TestAppendLower(t *testing.T) {
	for _, s := range []string{"", "Plain ASCII Text", "ÀÉÎ İstanbul ΣΑΣ Straße", "bad \xff\xfe bytes \xe2\x80", "\uFFFD kept", "ǅ ǈ Ⅻ Ｚ"} {
		if got, want := string(AppendLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	}
}

// FuzzAppendLower holds AppendLower to strings.ToLower.
func FuzzAppendLower(f *testing.F) {
	f.Add("The Ferry LEFT")
	f.Add("İ\xffΣ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(AppendLower(nil, s)), strings.ToLower(s); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", s, got, want)
		}
	})
}

// FuzzFoldInto holds FoldInto to Fold, into a buffer used before.
func FuzzFoldInto(f *testing.F) {
	f.Add("  «The Ferry»  LEFT. ")
	f.Add("“İ\xff Σ”:")
	f.Add("\u00a0 a\u3000\u3000B \u0085c\t\n«»")
	f.Add("\xff  \ufffd  \xe2\x80")
	buf := []byte("left over from before")
	f.Fuzz(func(t *testing.T, s string) {
		got := FoldInto(buf, s)
		if string(got) != Fold(s) {
			t.Errorf("FoldInto(%q) = %q, want %q", s, got, Fold(s))
		}
		buf = got
	})
}
