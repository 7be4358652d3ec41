package lang

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// Eight bytes at a time: the text path reads every line of a dump several
// times over (whether it is ASCII, its scripts), and most of a line is
// ASCII, which these skip a word at a time.

const (
	onesBytes = 0x0101010101010101
	highBits  = 0x8080808080808080
)

// word8 returns s[i:i+8] as a little-endian word.
func word8(s string, i int) uint64 {
	// Cut to its eight bytes first: one bounds check, where indexing s
	// at i+1 to i+7 checked each (the compiler cannot rule out that i+k
	// overflows), and then one load.
	b := s[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// RuneKind reports whether r is white space to unicode.IsSpace, and
// whether it is a letter or a digit (unicode.IsLetter, unicode.IsDigit),
// answering without the tables for Latin-1's and Latin Extended's letters,
// Cyrillic's and General Punctuation's dashes, quotes and marks, the
// characters of most lines of European text that are not ASCII, for the
// box drawing, shapes and symbols a text browser draws tables and rules
// with (U+2500 to U+27FF) and for the common ideographs.
func RuneKind(r rune) (space, alnum bool) {
	switch {
	case r < utf8.RuneSelf:
		return asciiSpace[r], asciiAlnum(byte(r))
	case 0xC0 <= r && r < 0x250:
		return false, r != 0xD7 && r != 0xF7
	case 0x400 <= r && r < 0x482 || 0x48A <= r && r < 0x530:
		return false, true
	case 0x200B <= r && r < 0x2028 || 0x2030 <= r && r < 0x205F || 0x2060 <= r && r < 0x2070 || 0x2500 <= r && r < 0x2800:
		return false, false
	case 0x4E00 <= r && r < 0xA000:
		return false, true // CJK Unified Ideographs
	}
	return isSpaceRune(r), unicode.IsLetter(r) || unicode.IsDigit(r)
}

// IndexDigit returns the index of the first ASCII digit of s, or -1 when
// there is none. It skips sixteen bytes, then eight, at a time that hold
// no digit, and reads the first digit's place off the mask: with
// their high bit set aside, adding 0x80-'0' sets a byte's high bit when
// it is '0' or above and adding 0x80-'9'-1 when it is above '9', without
// carrying into the next byte.
func IndexDigit(s string) int {
	i := 0
	for ; i+16 <= len(s); i += 16 {
		if digitBytes(word8(s, i))|digitBytes(word8(s, i+8)) != 0 {
			break
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if m := digitBytes(word8(s, i)); m != 0 {
			return i + bits.TrailingZeros64(m)>>3
		}
	}
	for ; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return i
		}
	}
	return -1
}

// digitBytes returns the high bit of each byte of x that is an ASCII
// digit, exactly (IndexDigit tells how).
func digitBytes(x uint64) uint64 {
	low := x &^ highBits
	ge := low + (0x80-'0')*onesBytes
	gt := low + (0x80-'9'-1)*onesBytes
	return ge &^ gt &^ x & highBits
}

// IsBoxRune reports whether s[i:] opens with the encoding of a character
// from U+2500 to U+27FF (E2 94-9F 80-BF): the box drawing, shapes and
// symbols a text browser draws tables and rules with, which have no case
// and are no white space, letter or digit. A line of them is told so
// without decoding each.
func IsBoxRune(s string, i int) bool {
	return i+2 < len(s) && s[i] == 0xE2 && 0x94 <= s[i+1] && s[i+1] <= 0x9F && s[i+2]&0xC0 == 0x80
}

// eqBytes returns the high bit of each byte of x that equals c, exactly:
// no byte's test carries into the next.
func eqBytes(x uint64, c byte) uint64 {
	t := x ^ uint64(c)*onesBytes
	return ^((t&^highBits + ^uint64(highBits)) | t) & highBits
}

// BlankRun reports whether s holds a blank that a line's white space is
// folded from: a tab, a vertical tab, a form feed, a carriage return or
// two spaces in a row. It reads s eight bytes at a time.
func BlankRun(s string) bool {
	var space uint64 // the high bit of the byte before i, when it is a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := word8(s, i)
		// A word with no byte below 0x20 (subtracting 0x20 from each byte
		// borrows into the high bit of only those, and of none when there
		// is none) holds no control character: few words of a line have
		// one (a tab, or a new line, which does not count).
		if (x-0x20*onesBytes)&^x&highBits != 0 && blankControl(s[i:i+8]) {
			return true
		}
		sp := eqBytes(x, ' ')
		if sp&(sp>>8|space) != 0 {
			return true
		}
		space = sp >> 56 // the last byte's high bit, as the first's
	}
	if blankControl(s[i:]) {
		return true
	}
	prev := space != 0
	for ; i < len(s); i++ {
		sp := s[i] == ' '
		if sp && prev {
			return true
		}
		prev = sp
	}
	return false
}

// blankControl reports whether s holds a tab, a vertical tab, a form feed
// or a carriage return.
func blankControl(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t', '\v', '\f', '\r':
			return true
		}
	}
	return false
}
