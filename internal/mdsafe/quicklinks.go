package mdsafe

import (
	"strings"
	"unicode/utf8"
)

// The quick path's second rule: blocks whose only syntax in their text is
// the converter's emphasis, links and images. escapeMarkdown escapes,
// writes as %XX or drops only three kinds of cells: text characters (each
// escape lands on one), text characters inside a link's target, and an
// unsafe link's or image's syntax. A block that holds no text character
// that any of its rules escapes, no text in a link's target and no unsafe
// target thus comes back as unmarkAll gives it.

// unmarkSuffices reports whether SafeMarkdown gives md's plain unmark: as
// nothingToEscape, each line's content starts with a quiet character and a
// heading's does not end with #, no odd space is to be made plain, and no
// character, marked or not, is one of \ ` ~ < & | (but a marked & before
// neither a letter nor a #, which starts no entity, a marked \ before a
// letter, a digit or a space, and a marked | outside a table row). Beyond it, lines may
// start with the converter's * _ [ or !, its * and _ may stand anywhere,
// and its [ and ] too,
// each ] followed by ( and a target of the converter's that holds no
// marked character, no space and no line break, is safe, and ends at its )
// (parentheses inside it paired), with a title between or not (as
// titleEnd). No marked [ or ]
// appears, nor a marked ! before the converter's [ (it would be read as an
// image's).
//
// stray reports a byte that is not UTF-8 (or a U+FFFD): such a block is
// left to nothingToEscape, which keeps the outputs it gave.
func unmarkSuffices(md string, plainSpaces bool) (ok, stray bool) {
	for line := range strings.SplitSeq(md, "\n") {
		p, _, heading, table := scanPrefix(line)
		if table {
			return false, false
		}
		if ok, stray := lineSuffices(line[p:], heading, plainSpaces); !ok {
			return false, stray
		}
	}
	return true, false
}

// lineSuffices is unmarkSuffices of one line that makes no table row, by
// its content (after its container syntax) and whether it is a heading.
func lineSuffices(content string, heading, plainSpaces bool) (ok, stray bool) {
	if content == "" {
		return true, false
	}
	first, size := utf8.DecodeRuneInString(content)
	if first == utf8.RuneError && size <= 1 {
		return false, true
	}
	if !quietStart(first) && !syntaxStart(first) && !(isDigit(content[0]) && quietNumber(content)) {
		return false, false
	}
	if heading && closesHeading(content) {
		return false, false
	}
	bang := false // the last character was a marked !
	for i := 0; i < len(content); {
		c := content[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '[':
				if bang {
					return false, false
				}
			case c == ']':
				end := linkTargetEnd(content, i+1)
				if end < 0 {
					return false, false
				}
				i = end
				bang = false
				continue
			case c != '*' && c != '_' && constructChar[c]:
				return false, false
			}
			bang = false
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(content[i:])
		i += size
		bang = false
		switch {
		case r == utf8.RuneError:
			return false, true
		case isMarked(r):
			switch m := r - markBase; {
			case m == '&' && (i == len(content) || content[i] < utf8.RuneSelf && !isAlpha(content[i]) && content[i] != '#'):
				// No entity: it is read as one only before a letter or a #.
			case m == '|':
				// Escaped only in a table row, which goes to the full escape.
			case m == '\\' && i < len(content) && (content[i] == ' ' || isAlnum(content[i])):
				// It escapes only punctuation, an escape or a line break.
			case constructChar[m] || m == ']':
				return false, false
			case m == '!':
				bang = true
			}
		case oddSpace(r) && plainSpaces:
			return false, false
		}
	}
	return true, false
}

// linkTargetEnd reads, from p just after a ] of the converter's, a "(" and
// a safe target of plain characters, a title or none, and its ")"; it
// returns the index after the ")", or -1.
func linkTargetEnd(s string, p int) int {
	if p >= len(s) || s[p] != '(' {
		return -1
	}
	depth := 0
	for q := p + 1; q < len(s); q++ {
		c := s[q]
		switch {
		case c == ' ' && depth == 0:
			end := titleEnd(s, q+1)
			if end < 0 || end >= len(s) || s[end] != ')' || !safeTarget(s[p+1:q]) {
				return -1
			}
			return end + 1
		case c <= ' ' || c == 0x7F || c == '\\' || c == '`' || c == '<':
			return -1
		case c == '(':
			depth++
		case c == ')' && depth > 0:
			depth--
		case c == ')':
			if !safeTarget(s[p+1 : q]) {
				return -1
			}
			return q + 1
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[q:])
			if r == utf8.RuneError || isMarked(r) || oddSpace(r) {
				return -1
			}
			q += size - 1
		}
	}
	return -1
}

// safeTarget is SafeTarget, at once for a target that starts with http:
// or https: (as safeCells).
func safeTarget(dest string) bool {
	if strings.HasPrefix(dest, "https:") || strings.HasPrefix(dest, "http:") {
		return true
	}
	return SafeTarget(dest)
}

// oddSpacesFold tells, for a line's content that lineSuffices takes
// without plainSpaces, whether the full work with plainSpaces only folds
// its odd spaces (foldOddSpaces): none stands first (quietStart refuses
// that already), in a heading (one at its end would uncover a closing
// #), or next to the converter's * or _ (foldOddSpaces moves a space
// there across the emphasis marks), nor where it would make a number
// an item's ("1." and an odd space). Folding changes no escape then: the
// rule's characters are left as they are whatever their neighbours. odd
// reports an odd space in the content.
func oddSpacesFold(content string, heading bool) (ok, odd bool) {
	if content != "" && isDigit(content[0]) && !quietNumber(foldStart(content)) {
		return false, true // "1." and an odd space: an item once folded
	}
	for i := 0; i < len(content); i++ {
		if content[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(content[i:])
		if !oddSpace(r) {
			i += size - 1
			continue
		}
		if heading || i > 0 && (content[i-1] == '*' || content[i-1] == '_') ||
			i+size < len(content) && (content[i+size] == '*' || content[i+size] == '_') {
			return false, true
		}
		odd = true
		i += size - 1
	}
	return true, odd
}

// foldStart returns the start of a line's content as quietNumber needs
// it: its digits, the character after them, and the one after that, an
// odd space read as a plain one.
func foldStart(content string) string {
	k := 0
	for k < len(content) && k <= 9 && isDigit(content[k]) {
		k++
	}
	for n := 0; n < 2 && k < len(content); n++ {
		r, size := utf8.DecodeRuneInString(content[k:])
		if oddSpace(r) {
			return content[:k] + " "
		}
		k += size
	}
	return content[:k]
}

// writeFolded writes a line's unmarked content s as foldOddSpaces folds it
// in a unit that oddSpacesFold takes: each odd space a plain one, but
// dropped after a space, before one (odd or plain), or at the unit's end
// (the end of its last line, last).
func writeFolded(sb *strings.Builder, s string, last bool) {
	prevSpace := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		next := i + size
		if !oddSpace(r) {
			sb.WriteString(s[i:next])
			prevSpace = r == ' '
			i = next
			continue
		}
		nextSpace := false
		if next < len(s) {
			nr, _ := utf8.DecodeRuneInString(s[next:])
			nextSpace = nr == ' ' || oddSpace(nr)
		}
		if !prevSpace && !nextSpace && (next < len(s) || !last) {
			sb.WriteByte(' ')
			prevSpace = true
		}
		i = next
	}
}

// quietNumber reports whether a line's content that starts with a digit
// starts no ordered list item (escapeOrderedStart leaves it as it is):
// its run of digits is over nine long, ends the line, or is followed by
// anything but a marked . or ) that ends the line or comes before a space
// or a tab.
func quietNumber(content string) bool {
	k := 0
	for k < len(content) && isDigit(content[k]) {
		k++
	}
	if k > 9 || k == len(content) {
		return true
	}
	r, size := utf8.DecodeRuneInString(content[k:])
	if r != markBase+'.' && r != markBase+')' {
		return true
	}
	rest := content[k+size:]
	return rest != "" && rest[0] != ' ' && rest[0] != '\t'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// syntaxStart reports whether a line's content may start with r, a mark
// of the converter's that starts no block: escapeBlockStart escapes only
// text, and leaves a line that starts with syntax as it is.
func syntaxStart(r rune) bool {
	return r == '*' || r == '_' || r == '[' || r == '!'
}

// titleEnd reads, from p, a link title the converter wrote: a " and text
// up to the next ", on one line. The text may hold letters, digits,
// spaces and characters beyond ASCII, and marked characters that no rule
// escapes in a title nor in text (a title is read as text when its link's
// [ is not there): none of \ ` ~ < | * _ [ ] " (a marked & only where it
// starts no entity), no odd space. It returns the index after the closing
// ", or -1.
func titleEnd(s string, p int) int {
	if p >= len(s) || s[p] != '"' {
		return -1
	}
	for q := p + 1; q < len(s); {
		c := s[q]
		if c < utf8.RuneSelf {
			switch {
			case c == '"':
				return q + 1
			case c != ' ' && !isAlnum(c):
				return -1
			}
			q++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[q:])
		q += size
		switch {
		case r == utf8.RuneError || oddSpace(r):
			return -1
		case isMarked(r):
			switch m := r - markBase; {
			case m == '&' && (q == len(s) || s[q] < utf8.RuneSelf && !isAlpha(s[q]) && s[q] != '#'):
			case constructChar[m] || m == ']' || m == '"' || m == '!':
				return -1
			}
		}
	}
	return -1
}
