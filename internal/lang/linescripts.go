package lang

import (
	"unicode"
	"unicode/utf8"
)

// Scripts is what ReadScripts counts of a text in one pass.
type Scripts struct {
	Runes      int  // utf8.RuneCountInString
	Ideographs int  // Ideographs
	Letters    int  // its letters, as UnlistedScript counts them (ASCII's only when Other > 0)
	Other      int  // the letters of a script other than Latin and Cyrillic
	Space      bool // it holds white space outside ASCII
}

// Unlisted reports UnlistedScript of the text counted.
func (c Scripts) Unlisted() bool { return c.Other*2 > c.Letters }

// ReadScripts counts, in one pass over s, its characters, its ideographs
// (Ideographs), its letters and those of other scripts than Latin and
// Cyrillic (UnlistedScript), and whether it holds white space outside
// ASCII: what the text path asks of every line that is not ASCII, which
// took four passes. The letters of Latin-1 and Latin Extended, and
// Cyrillic's, are told without the Unicode tables.
func ReadScripts(s string) Scripts {
	var c Scripts
	ascii := 0 // the ASCII characters, counted apart
	for i := 0; i < len(s); {
		for i+8 <= len(s) && word8(s, i)&highBits == 0 {
			i += 8
			ascii += 8
		}
		if i >= len(s) {
			break
		}
		if s[i] < utf8.RuneSelf {
			i++
			ascii++
			continue
		}
		c.Runes++
		if IsBoxRune(s, i) {
			i += 3 // no white space, no letter
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case 0xC0 <= r && r < 0x250:
			// Latin-1's and Latin Extended's letters: Latin, every one
			// but × and ÷, which are no letters.
			if r != 0xD7 && r != 0xF7 {
				c.Letters++
			}
			continue
		case 0x400 <= r && r < 0x482 || 0x48A <= r && r < 0x530:
			// Cyrillic's letters (U+0482 to U+0489 are signs and marks).
			c.Letters++
			continue
		case 0x200B <= r && r < 0x2028 || 0x2030 <= r && r < 0x205F || 0x2060 <= r && r < 0x2070 || 0x2500 <= r && r < 0x2800:
			// General Punctuation's dashes, quotes and marks, and the
			// box drawing, shapes and symbols a text browser draws
			// tables and rules with: no white space, no letters.
			continue
		case 0x4E00 <= r && r < 0xA000:
			// CJK Unified Ideographs: letters of another script.
			c.Ideographs++
			c.Letters++
			c.Other++
			continue
		}
		if isSpaceRune(r) {
			c.Space = true
			continue
		}
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)) {
			c.Ideographs++
		}
		if unicode.IsLetter(r) {
			c.Letters++
			if !unicode.Is(unicode.Latin, r) && !unicode.Is(unicode.Cyrillic, r) {
				c.Other++
			}
		}
	}
	c.Runes += ascii
	if c.Other > 0 {
		// ASCII's letters weigh only against letters of other scripts.
		for i := 0; i < len(s); i++ {
			if b := s[i] | 0x20; 'a' <= b && b <= 'z' {
				c.Letters++
			}
		}
	}
	return c
}
