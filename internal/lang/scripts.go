package lang

import (
	"unicode"
	"unicode/utf8"
)

// Ideographs counts the Chinese, Japanese and Korean characters of s.
func Ideographs(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x1100 {
			continue // below the first of these scripts (Hangul Jamo)
		}
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) {
			n++
		}
	}
	return n
}

// UnlistedScript reports whether most letters of s belong to a script
// other than Latin and Cyrillic, whose languages' short words pare knows
// (Chinese and Japanese are told by ideographs).
func UnlistedScript(s string) bool {
	letters, other := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++ // an ASCII letter, Latin
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r) {
			other++
		}
	}
	return other*2 > letters
}

// IsASCII reports whether s is all ASCII: such a text has no ideographs,
// no letters of an unlisted script and no case but ASCII's.
func IsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if word8(s, i)&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
