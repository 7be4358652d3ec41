package lang

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// AppendLower appends strings.ToLower(s) to dst, without a string of its
// own: each character mapped by unicode.ToLower, a byte that is not UTF-8
// written as U+FFFD, as strings.ToLower writes it (FuzzAppendLower).
func AppendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// FoldInto writes Fold(s) into buf, from its start, and returns it (a
// part of buf): Fold's text without a string of its own, for a caller
// that only compares or hashes it (FuzzFoldInto). White space is folded
// and letters lower-cased in one pass: Collapse tells white space from the
// characters of s as they are, and a byte that is not UTF-8 ends as U+FFFD
// either way (written so by Collapse when s changes, by ToLower when not).
func FoldInto(buf []byte, s string) []byte {
	dst := buf[:0]
	pending := false // white space since the last character written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				pending = len(dst) > 0
				i++
				continue
			}
			if pending {
				dst = append(dst, ' ')
				pending = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if size > 1 && isSpaceRune(r) {
			pending = len(dst) > 0
			continue
		}
		if pending {
			dst = append(dst, ' ')
			pending = false
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return bytes.Trim(dst, foldCut)
}
