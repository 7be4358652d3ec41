package lang

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sameScripts holds ReadScripts of s to the readings it stands for.
func sameScripts(t *testing.T, s string) {
	t.Helper()
	c := ReadScripts(s)
	if c.Runes != utf8.RuneCountInString(s) || c.Ideographs != Ideographs(s) || c.Unlisted() != UnlistedScript(s) ||
		c.Space != strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf && unicode.IsSpace(r) }) {
		t.Errorf("ReadScripts(%q) = %+v; want runes %d, ideographs %d, unlisted %v", s, c, utf8.RuneCountInString(s), Ideographs(s), UnlistedScript(s))
	}
}

func TestReadScripts(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"ascii", "The city and the park, 2024"},
		{"german", "Die Straße führt über den Fluß"},
		{"japanese", "東京の天気は晴れです。"},
		{"korean", "서울의 날씨"},
		{"russian", "Погода в Москве"},
		{"greek", "Ο καιρός στην Αθήνα"},
		{"hindi", "दिल्ली का मौसम"},
		{"no-break space", "10\u00a0km"},
		{"micro sign", "5 µm µm µm"},
		{"not utf-8", "ab\xff\xc3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { sameScripts(t, tt.in) })
	}
}

// TestReadScriptsEveryRune weighs each character alone, and after one
// Latin letter and before it: the fast ranges agree with the tables.
func TestReadScriptsEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r)
		c := ReadScripts(s)
		letter := unicode.IsLetter(r)
		other := letter && !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r)
		if c.Runes != 1 || c.Ideographs != Ideographs(s) || r >= utf8.RuneSelf && (c.Letters == 1) != letter || (c.Other == 1) != other || c.Unlisted() != other ||
			c.Space != (r >= utf8.RuneSelf && unicode.IsSpace(r)) {
			t.Fatalf("ReadScripts(%U) = %+v; letter %v other %v ideographs %d", r, c, letter, other, Ideographs(s))
		}
	}
}

func FuzzReadScripts(f *testing.F) {
	for _, s := range []string{"Die Straße", "東京の天気", "Ο καιρός", "a\u00a0b", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { sameScripts(t, s) })
}

// TestRuneKind holds RuneKind to the tables on every code point.
func TestRuneKind(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		space, alnum := RuneKind(r)
		if space != unicode.IsSpace(r) || alnum != (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Fatalf("RuneKind(%U) = %v, %v", r, space, alnum)
		}
	}
}

// TestSkipEight holds the eight-byte ASCII test to the bytes it stands
// for, on every byte in each place of a word.
func TestSkipEight(t *testing.T) {
	base := []byte("abcdefgh")
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			x := word8(string(b), 0)
			if got, want := x&highBits == 0, c < utf8.RuneSelf; got != want {
				t.Fatalf("ASCII test of %q = %v, want %v", b, got, want)
			}
		}
	}
}

// TestIndexDigit holds IndexDigit to a byte-by-byte search, with every
// byte in each place of a line of 19 bytes.
func TestIndexDigit(t *testing.T) {
	base := []byte("abcdefghijklmnopqrs")
	for pos := range base {
		for c := 0; c < 256; c++ {
			b := append([]byte(nil), base...)
			b[pos] = byte(c)
			want := -1
			if '0' <= c && c <= '9' {
				want = pos
			}
			if got := IndexDigit(string(b)); got != want {
				t.Fatalf("IndexDigit(%q) = %d, want %d", b, got, want)
			}
		}
	}
	// Two digits in a line of 40 bytes (sixteen bytes read at a time,
	// then eight, then one by one): the first is found.
	long := []byte(strings.Repeat("ab\xc3\xa9 ", 8))
	for p := range long {
		for q := p; q < len(long); q++ {
			b := append([]byte(nil), long...)
			b[p], b[q] = '0', '9'
			if got := IndexDigit(string(b)); got != p {
				t.Fatalf("IndexDigit(%q) = %d, want %d", b, got, p)
			}
		}
	}
	for _, s := range []string{"", "7", "abcdefgh9", "\xff\xb0\xb9\xb0\xb9\xb0\xb9\xb0 1"} {
		want := strings.IndexAny(s, "0123456789")
		if got := IndexDigit(s); got != want {
			t.Errorf("IndexDigit(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestIsSpaceRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := isSpaceRune(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpaceRune(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestIsBoxRune holds IsBoxRune to the decoded character, on every code
// point and on the encodings cut short or broken.
func TestIsBoxRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := string(r)
		if got, want := IsBoxRune(s, 0), 0x2500 <= r && r < 0x2800; got != want {
			t.Fatalf("IsBoxRune(%U) = %v", r, got)
		}
	}
	for _, s := range []string{"\xe2\x94", "\xe2\x94\x20", "\xe2\x94\xc0", "\xe2\x93\x80", "\xe2\xa0\x80"} {
		if IsBoxRune(s, 0) {
			t.Errorf("IsBoxRune(%q) = true", s)
		}
	}
}

// blankRunBytes is BlankRun read byte by byte.
func blankRunBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\r', '\f', '\v':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// TestBlankRun puts every byte, and every pair of bytes, in each place of
// a line of 17 bytes, across the eight-byte words' edges.
func TestBlankRun(t *testing.T) {
	base := []byte("abcdefghijklmnopq")
	for pos := 0; pos+1 < len(base); pos++ {
		for c := 0; c < 256; c++ {
			for _, d := range []byte{'a', ' ', '\n', 0x80, 0xA0} {
				b := append([]byte(nil), base...)
				b[pos], b[pos+1] = byte(c), d
				if got, want := BlankRun(string(b)), blankRunBytes(string(b)); got != want {
					t.Fatalf("BlankRun(%q) = %v, want %v", b, got, want)
				}
			}
		}
	}
}

func FuzzBlankRun(f *testing.F) {
	for _, s := range []string{"a  b", "abcdefg  h", "abcdefgh\tij", "a\nb c", " \xa0 "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := BlankRun(s), blankRunBytes(s); got != want {
			t.Errorf("BlankRun(%q) = %v, want %v", s, got, want)
		}
	})
}
