package mdsafe

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LineMarkdown returns a line of text as Markdown:
// SafeMarkdown(MarkLine(s), false). A line that the round trip would give
// back as it is (plainLine), as most of a dump's paragraphs are, is
// returned without making its marked copy and writing it back.
func LineMarkdown(s string) string {
	if plainLine(s) {
		return s
	}
	return SafeMarkdown(MarkLine(s), false)
}

// LineHeadingMarkdown returns a line of text as a heading's Markdown, its
// # marks not included: HeadingMarkdown(MarkLine(s), false). A plain line
// (plainLine) that does not end with # (which would close the heading) is
// returned as it is.
func LineHeadingMarkdown(s string) string {
	if plainLine(s) && s[len(s)-1] != '#' {
		return s
	}
	return HeadingMarkdown(MarkLine(s), false)
}

// plainLine reports whether SafeMarkdown(MarkLine(s), false) is s, told
// from s alone as nothingToEscape tells it from the marked line: s is
// trimmed already and holds no entity, line break, stray byte, U+FFFD,
// zero-width space or marked character (which MarkText and unmarkAll
// would change), it starts with a letter or with a character that starts
// no block (quietStart), and holds no character that may take part in a
// construct (constructChar). Odd spaces stay, as SafeMarkdown leaves them
// when plainSpaces is false. It may say no where the round trip would give
// s back (a line that starts with a digit, say): such a line takes the
// full path.
func plainLine(s string) bool {
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf {
		if IsASCIIPunct(c) {
			if strings.IndexByte("#>-*_+=`~<[", c) >= 0 {
				return false
			}
		} else if !isAlpha(c) {
			return false // a digit may start a list item; a space is trimmed
		}
	} else if r, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(r) || oddSpace(r) {
		return false
	}
	if c := s[len(s)-1]; c < utf8.RuneSelf {
		if c <= ' ' {
			return false // white space or a control character, which TrimSpace may trim
		}
	} else if r, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(r) {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch plainLineByte[s[i]] {
		case plainByte:
			continue // most bytes: one look at the table
		case stopByte:
			return false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, r == '\u200B', r == '\u2060', r == '\uFEFF', isMarked(r):
			return false
		}
		i += size - 1
	}
	return true
}

// The kinds of byte of plainLineByte.
const (
	plainByte = iota // an ASCII byte plainLine passes over
	stopByte         // an ASCII byte it stops at (plainLineStop)
	wideByte         // a byte outside ASCII: a character to decode
)

// plainLineByte holds the kind of each byte for plainLine's loop.
var plainLineByte = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = wideByte
		case plainLineStop[c]:
			t[c] = stopByte
		}
	}
	return t
}()

// plainLineStop holds the ASCII bytes plainLine stops at: constructChar's,
// and the line breaks that MarkText makes spaces of.
var plainLineStop = func() (t [256]bool) {
	copy(t[:], constructChar[:])
	t['\n'], t['\r'] = true, true
	return t
}()
