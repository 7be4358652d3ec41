package lang

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns s lower-cased with white space folded and outer quotes and
// punctuation trimmed, for comparing texts loosely.
func Fold(s string) string {
	return strings.Trim(ToLower(Collapse(s)), foldCut)
}

// foldCut are the quotes and punctuation Fold trims.
const foldCut = " \"'“”„‘’«».:!?"

// FoldLower is Fold(s) for a text whose white space needs no folding
// (Collapse(s) == s), made from lower, strings.ToLower(s), which the
// caller has already.
func FoldLower(lower string) string {
	if n := len(lower); n > 0 && foldKeep[lower[0]] && foldKeep[lower[n-1]] {
		return lower // ends that strings.Trim would keep: most lines
	}
	return strings.Trim(lower, foldCut)
}

// foldKeep holds the ASCII bytes that are not in foldCut: a text that
// starts and ends with one is what strings.Trim(s, foldCut) leaves.
var foldKeep = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(foldCut, rune(c))
	}
	return t
}()

// Collapse folds each run of white space in s into one space and trims
// both ends, in one pass; s itself is returned when it needs no change.
// A byte that is not UTF-8 becomes U+FFFD in a string that changes. Runs
// of other characters are copied whole, and ASCII is told from white
// space without decoding it.
func Collapse(s string) string {
	if s != "" && IsCollapsed(s) {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	pending := false
	start := -1 // where the run of other characters being copied starts
	for i := 0; i < len(s); {
		isSpace, size := spaceAt(s, i)
		switch {
		case isSpace:
			if start >= 0 {
				sb.WriteString(s[start:i])
				start = -1
			}
			pending = sb.Len() > 0
		case size == 1 && s[i] >= utf8.RuneSelf:
			// Not UTF-8: written as the replacement character.
			if start >= 0 {
				sb.WriteString(s[start:i])
				start = -1
			}
			if pending {
				sb.WriteByte(' ')
				pending = false
			}
			sb.WriteRune(utf8.RuneError)
		case start < 0:
			if pending {
				sb.WriteByte(' ')
				pending = false
			}
			start = i
		}
		i += size
	}
	if start >= 0 {
		sb.WriteString(s[start:])
	}
	return sb.String()
}

// LowerRune returns unicode.ToLower(r), answering without the case
// tables for Latin-1, general punctuation, the box drawing and shapes and
// the common ideographs (TestLowerRune checks every code point).
func LowerRune(r rune) rune {
	return lowerRune(r)
}

// lowerRune returns unicode.ToLower(r), answering without the case tables
// for Latin-1, whose capitals lie 0x20 below their small letters, and for
// General Punctuation (dashes, quotes, ellipsis), box drawing, shapes and
// symbols (U+2500 to U+27FF) and the common ideographs, which have no case.
func lowerRune(r rune) rune {
	switch {
	case r < 0x100:
		if 'A' <= r && r <= 'Z' || 0xC0 <= r && r <= 0xDE && r != 0xD7 {
			return r + 0x20
		}
		return r
	case 0x2000 <= r && r <= 0x206F, 0x2500 <= r && r < 0x2800, 0x4E00 <= r && r < 0xA000:
		return r
	}
	return unicode.ToLower(r)
}

// IsCollapsed reports whether Collapse(s) == s: s holds no white space
// other than single spaces between other characters. It reads s once and
// makes nothing.
func IsCollapsed(s string) bool {
	space := true // at the start, a space would be leading
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII, told here without a call
			isSpace := asciiSpace[c]
			if isSpace && (space || c != ' ') {
				return false
			}
			space = isSpace
			i++
			continue
		}
		isSpace, size := spaceAt(s, i)
		if isSpace {
			return false // white space outside ASCII is never a plain space
		}
		space = false
		i += size
	}
	return s == "" || !space
}

// spaceAt reports whether the character at s[i] is white space, and its
// size in bytes (1 for a byte that is not UTF-8).
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return isSpaceRune(r), size
}

// isSpaceRune is unicode.IsSpace(r), answering above Latin-1 without the
// table: there, white space is U+1680, U+2000 to U+200A, U+2028, U+2029,
// U+202F, U+205F and U+3000 (TestIsSpaceRune holds it to the table).
func isSpaceRune(r rune) bool {
	if r < 0x100 {
		return unicode.IsSpace(r)
	}
	switch {
	case r < 0x1680 || r > 0x3000:
		return false
	case 0x2000 <= r && r <= 0x200A:
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// asciiSpace holds the ASCII characters unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// ToLower returns strings.ToLower(s). It copies the runs of s that need no
// change whole, where strings.ToLower writes a text with a capital or a
// letter outside ASCII again rune by rune through unicode.ToLower; the text
// rules lower-case every line of a dump. It is a Lowerer's ToLower with a
// buffer of its own, made only when s changes.
func ToLower(s string) string {
	var lw Lowerer
	lw.Size(len(s) + utf8.UTFMax)
	return lw.ToLower(s)
}
