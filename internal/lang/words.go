package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SplitWords returns the words of s split where sep says, lower-cased, with
// the punctuation around each trimmed and empty ones dropped.
func SplitWords(s string, sep func(rune) bool) []string {
	return SplitLowerWords(ToLower(s), sep)
}

// SplitLowerWords is SplitWords for a string already lower-cased.
func SplitLowerWords(lower string, sep func(rune) bool) []string {
	f := strings.FieldsFunc(lower, sep)
	out := f[:0]
	for _, w := range f {
		if w = TrimWord(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// TrimWord returns w trimmed of what is neither letter nor digit, as
// SplitWords trims each word, sparing the Unicode tables when w starts and
// ends with an ASCII letter or digit, as most words do. ASCII punctuation
// at the ends ("word,", "(word)") is trimmed byte by byte: no ASCII
// character but a letter or a digit is a letter or a digit to unicode.
func TrimWord(w string) string {
	i, j := 0, len(w)
	for i < j && w[i] < utf8.RuneSelf && !asciiAlnum(w[i]) {
		i++
	}
	for j > i && w[j-1] < utf8.RuneSelf && !asciiAlnum(w[j-1]) {
		j--
	}
	if w = w[i:j]; w == "" || asciiAlnum(w[0]) && asciiAlnum(w[len(w)-1]) {
		return w
	}
	return strings.TrimFunc(w, notWordRune)
}

// asciiAlnum reports whether c is an ASCII letter or digit.
func asciiAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// notWordRune reports whether r is neither a letter nor a digit: what
// SplitWords trims from around each word.
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// FieldsInto appends to out the first cap(out)-len(out) of
// strings.Fields(s), or all of them when there are fewer, without
// splitting the rest of s.
func FieldsInto(out []string, s string) []string {
	for len(out) < cap(out) {
		i := 0
		for i < len(s) {
			sp, n := spaceAt(s, i)
			if !sp {
				break
			}
			i += n
		}
		s = s[i:]
		if s == "" {
			break
		}
		end := 0
		for end < len(s) {
			sp, n := spaceAt(s, end)
			if sp {
				break
			}
			end += n
		}
		out = append(out, s[:end])
		s = s[end:]
	}
	return out
}

// WordSet builds a set from words separated by white space, for the word
// lists of rules in both packages.
func WordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// NextWord reads the field of s at or after i: it passes over white space
// (unicode.IsSpace), then over the characters up to the next white space,
// and returns where the field's first letter or digit starts and where its
// last ends (first < 0 when the field holds none, or no field is left),
// and where reading goes on. Read from 0 to the end of s, the spans
// [first, end) are the fields of strings.Fields trimmed to their letters
// and digits (TrimWord), without a copy or a slice of them.
func NextWord(s string, i int) (first, end, next int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if space, _ := RuneKind(r); !space {
			break
		}
		i += n
	}
	first, end = -1, -1
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				break
			}
			if asciiAlnum(c) {
				if first < 0 {
					first = i
				}
				end = i + 1
			}
			i++
			continue
		}
		if IsBoxRune(s, i) {
			i += 3 // no white space, no letter
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		space, alnum := RuneKind(r)
		if space {
			break
		}
		if alnum {
			if first < 0 {
				first = i
			}
			end = i + n
		}
		i += n
	}
	return first, end, i
}

// LowerASCII writes w into buf with its ASCII capitals lower-cased and
// returns that part of buf, which must hold len(w) bytes; other bytes are
// copied as they are. For an ASCII w it is strings.ToLower(w) in the
// caller's buffer (on its stack), for a look-up without a copy.
func LowerASCII(buf []byte, w string) []byte {
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}
