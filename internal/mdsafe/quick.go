package mdsafe

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The quick path: most blocks need no escaping, told without the full
// work of escapeMarkdown.

// nothingToEscape reports whether md is plain lines of text that the
// step would write back unchanged: after its container syntax (as
// parseLine reads it: indentation, quote marks, list markers, heading
// marks) each line's content starts with a character that cannot start a
// block (a letter, most punctuation of the text), a heading's does not end
// with #, and no character anywhere could take part in a construct
// (emphasis, code, links, raw HTML, entities, escapes, table cells), nor is
// an odd space to be made plain.
//
// A string that holds a stray byte (not UTF-8) is read by the rule before
// this one (lettersOnly), which kept such a byte where this one would
// write U+FFFD: outputs stay as they were.
func nothingToEscape(md string, plainSpaces bool) bool {
	stray := false
	for line := range strings.SplitSeq(md, "\n") {
		p, _, heading, table := scanPrefix(line)
		if table {
			return false
		}
		content := line[p:]
		if content == "" {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(content); !quietStart(first) {
			return false
		}
		if heading && closesHeading(content) {
			return false
		}
		for i := 0; i < len(content); {
			if c := content[i]; c < utf8.RuneSelf {
				if constructChar[c] {
					return false
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(content[i:])
			i += size
			switch {
			case r == utf8.RuneError:
				stray = true
			case isMarked(r):
				if constructChar[r-markBase] {
					return false
				}
			case oddSpace(r) && plainSpaces:
				return false
			}
		}
	}
	return !stray || lettersOnly(md, plainSpaces)
}

// constructChar holds the characters, marked or not, that may take part
// in a construct: a block with none of them needs no escape but at the
// start of its lines. (] and ! matter only after a [.)
var constructChar = [utf8.RuneSelf]bool{
	'\\': true, '`': true, '*': true, '_': true, '~': true, '<': true, '&': true, '[': true, '|': true,
}

// lettersOnly is the rule nothingToEscape followed before: each line
// starts with a letter after its spaces, and no character anywhere is one
// of those below, nor an odd space to be made plain.
func lettersOnly(md string, plainSpaces bool) bool {
	start := true
	for _, r := range md {
		switch {
		case r == '\n':
			start = true
			continue
		case start && r == ' ':
			continue
		case start:
			if !unicode.IsLetter(r) {
				return false
			}
			start = false
		}
		if isMarked(r) {
			r -= markBase
		} else if oddSpace(r) {
			if plainSpaces {
				return false
			}
			continue
		}
		switch r {
		case '\\', '`', '*', '_', '~', '<', '&', '[', ']', '!', '|':
			return false
		}
	}
	return true
}

// quietStart reports whether a line's content that starts with r surely
// starts no block (escapeBlockStart leaves it as it is).
func quietStart(r rune) bool {
	switch {
	case isMarked(r):
		return !strings.ContainsRune("#>-*_+=`~<[", r-markBase)
	case r < utf8.RuneSelf:
		return unicode.IsLetter(r)
	default:
		// A letter, a quote mark, a bullet...; not a stray byte.
		return !oddSpace(r) && r != utf8.RuneError
	}
}

// closesHeading reports whether a heading's content ends with a # (marked
// or not), which may read as the heading's closing marks.
func closesHeading(content string) bool {
	t := strings.TrimRight(content, " ")
	last, _ := utf8.DecodeLastRuneInString(t)
	return last == '#' || last == markBase+'#'
}
