package mdsafe

import (
	stdhtml "html"
	"strings"
	"unicode/utf8"
)

// markBase is where marked characters go: markBase+c stands for the text
// character c. Plane 15 is private use; a page's own characters there are
// replaced (MarkText).
const markBase = 0xF0000

// MarkText returns text as marked text: entities decoded, ASCII
// punctuation marked, zero-width spaces dropped. Odd spaces are left to
// SafeMarkdown, for the converter to see them as spaces.
//
// Runs of ASCII letters, digits and spaces, and characters written as
// they are, are copied whole; a character already marked (an attribute
// rendered twice), or a page's own private one, stays as it is: text
// either way. A byte that is not UTF-8 becomes U+FFFD.
func MarkText(s string) string {
	s = DecodeEntities(s)
	var sb strings.Builder
	// The builder takes room at its first write: a text with nothing to
	// mark comes back as it is, nothing allocated.
	grow := func() {
		if sb.Cap() == 0 {
			sb.Grow(len(s) + len(s)/4)
		}
	}
	run := 0 // start of the bytes not yet written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case IsASCIIPunct(c):
				grow()
				sb.WriteString(s[run:i])
				sb.WriteRune(markBase + rune(c))
				run = i + 1
			case c == '\n' || c == '\r':
				grow()
				sb.WriteString(s[run:i])
				sb.WriteByte(' ')
				run = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			grow()
			sb.WriteString(s[run:i])
			sb.WriteRune(utf8.RuneError)
			run = i + 1
		case r == '\u200B' || r == '\u2060' || r == '\uFEFF':
			// zero-width: dropped
			grow()
			sb.WriteString(s[run:i])
			run = i + size
		}
		i += size
	}
	if run == 0 {
		return s // nothing to change (the builder holds nothing)
	}
	sb.WriteString(s[run:])
	return sb.String()
}

// oddSpace reports whether r is a space other than the ASCII one that
// writes as one: no-break, figure, narrow and the typographic spaces.
func oddSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

func IsASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// maxDecode is how many times entities are decoded: text encoded twice
// (&amp;gt;) is still read.
const maxDecode = 3

// DecodeEntities decodes the character references in s that a Markdown
// reader would decode (&name; &#nn; &#xhh;), again while new ones appear.
func DecodeEntities(s string) string {
	for range maxDecode {
		if !strings.Contains(s, "&") {
			return s
		}
		var sb strings.Builder
		changed := false
		for {
			i := strings.IndexByte(s, '&')
			if i < 0 {
				break
			}
			n := EntityLen(s[i:])
			if n == 0 {
				sb.WriteString(s[:i+1])
				s = s[i+1:]
				continue
			}
			sb.WriteString(s[:i])
			sb.WriteString(stdhtml.UnescapeString(s[i : i+n]))
			s = s[i+n:]
			changed = true
		}
		sb.WriteString(s)
		s = sb.String()
		if !changed {
			break
		}
	}
	return s
}

// EntityLen returns the length of the entity reference that s starts with,
// as CommonMark reads them, or 0.
func EntityLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	switch {
	case s[1] == '#' && len(s) > 2 && (s[2] == 'x' || s[2] == 'X'):
		i = 3
		for i < len(s) && i < 9 && isHex(s[i]) {
			i++
		}
		if i == 3 {
			return 0
		}
	case s[1] == '#':
		i = 2
		for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 2 {
			return 0
		}
	default:
		for i < len(s) && i < 33 && isAlnum(s[i]) {
			i++
		}
		if i == 1 || !isAlpha(s[1]) {
			return 0
		}
	}
	if i >= len(s) || s[i] != ';' {
		return 0
	}
	ref := s[:i+1]
	if ref[1] != '#' && stdhtml.UnescapeString(ref) == ref {
		return 0 // not a name HTML knows
	}
	return i + 1
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

// MarkdownText returns plain text as Markdown that renders back to it:
// entities decoded, odd spaces made plain, escapes only where needed.
func MarkdownText(s string) string {
	return SafeMarkdown(MarkLine(s), true)
}

// MarkLine marks a line of text that stands alone: spaces at its ends,
// which a reader does not see, would be Markdown's indentation.
func MarkLine(s string) string {
	// Trimmed again once marked: a character reference may stand for a
	// space ("&#9;").
	return strings.TrimSpace(MarkText(strings.TrimSpace(s)))
}

// MarkdownTitle returns the level-one heading line of a title, without its
// line break.
func MarkdownTitle(title string) string {
	return SafeMarkdown("# "+MarkLine(title), true)
}

// HeadingMarkdown returns the marked text of a heading as Markdown, its #
// marks not included.
func HeadingMarkdown(marked string, plainSpaces bool) string {
	return strings.TrimPrefix(SafeMarkdown("# "+marked, plainSpaces), "# ")
}

// CodeFence returns a fence of backticks longer than any run of them in
// code.
func CodeFence(code string) string {
	longest, run := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}
