package article

import (
	"bytes"
	"strings"

	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// yamlText is a front matter value. A Markdown reader that does not know
// front matter reads the block as text: a value that could make raw HTML,
// an autolink or a link there (it holds < or ](, ][) is written
// double-quoted, and guardFrontMatter writes its < and [ as YAML escapes,
// which YAML reads back as they were.
type yamlText string

// markupLike reports whether s could make HTML or a link in Markdown.
func markupLike(s string) bool {
	return strings.Contains(s, "<") || strings.Contains(s, "](") || strings.Contains(s, "][")
}

// MarshalYAML writes the value double-quoted when it looks like markup.
func (s yamlText) MarshalYAML() (any, error) {
	if !markupLike(string(s)) {
		return string(s), nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Tag: "!!str", Value: string(s)}, nil
}

// IsZero reports whether the value is empty, for omitempty.
func (s yamlText) IsZero() bool { return s == "" }

// guardFrontMatter escapes < and [ in the double-quoted values of
// marshalled front matter (one line each: yaml does not fold them).
func guardFrontMatter(fm []byte) []byte {
	if !bytes.ContainsAny(fm, "<[") {
		return fm
	}
	lines := strings.SplitAfter(string(fm), "\n")
	for i, l := range lines {
		if _, v, ok := strings.Cut(l, ": "); ok && strings.HasPrefix(v, `"`) {
			lines[i] = strings.NewReplacer("<", `\u003c`, "[", `\u005b`).Replace(l)
		}
	}
	return []byte(strings.Join(lines, ""))
}

// plainFrontMatter returns the front matter as yaml.Marshal writes it
// (guardFrontMatter's escapes included, and nil where it writes "{}"), when
// every value and tag is one whose style it knows yaml to choose (plain
// or single-quoted: scalarStyle; and a date of digits and marks); ok is
// false otherwise, for yaml to write it. Most pages' front matter is a title, a date, an
// author and a language: yaml's encoder, for four lines, cost a few percent
// of a text dump's extraction; HTML pages add a URL, a description, an
// image and tags. TestPlainFrontMatter, FuzzPlainFrontMatter and
// FuzzScalarStyle hold it to yaml.Marshal.
func plainFrontMatter(fm *frontMatter) (out []byte, ok bool) {
	if !plainDate(string(fm.Date)) {
		return nil, false
	}
	fields := [...]struct {
		key    string
		val    string
		quoted bool // written single-quoted
	}{
		{"title", string(fm.Title), false}, {"date", string(fm.Date), false}, {"author", string(fm.Author), false}, {"site", string(fm.Site), false},
		{"url", string(fm.URL), false}, {"lang", string(fm.Lang), false}, {"source", string(fm.Source), false},
		{"description", string(fm.Description), false}, {"image", string(fm.Image), false},
	}
	size := 0
	for k, f := range fields {
		if f.val == "" {
			continue
		}
		if k != 1 {
			switch scalarStyle(f.val, false) {
			case 0:
				return nil, false
			case singleQuoted:
				fields[k].quoted = true
				size += 2 + strings.Count(f.val, "'")
			}
		}
		size += len(f.key) + 3 + len(f.val)
	}
	for _, t := range fm.Tags {
		// A tag in the flow sequence: ", " before it, or "tags: [" and
		// "]\n" around all.
		if scalarStyle(string(t), true) == 0 {
			return nil, false
		}
		size += len(t) + 4 + strings.Count(string(t), "'")
	}
	if len(fm.Tags) > 0 {
		size += len("tags: [") + 2
	}
	if size == 0 {
		return nil, true // yaml writes "{}"
	}
	out = make([]byte, 0, size)
	for _, f := range fields {
		if f.val != "" {
			out = append(out, f.key...)
			out = append(out, ": "...)
			if f.quoted {
				out = appendSingleQuoted(out, f.val)
			} else {
				out = append(out, f.val...)
			}
			out = append(out, '\n')
		}
	}
	if len(fm.Tags) > 0 {
		out = append(out, "tags: ["...)
		for i, t := range fm.Tags {
			if i > 0 {
				out = append(out, ", "...)
			}
			if scalarStyle(string(t), true) == singleQuoted {
				out = appendSingleQuoted(out, string(t))
			} else {
				out = append(out, t...)
			}
		}
		out = append(out, "]\n"...)
	}
	return out, true
}

// plainDate reports whether d, a Date's String, is empty or digits and the
// marks of an ISO 8601 date, which yaml writes plain.
func plainDate(d string) bool {
	if d == "" {
		return true
	}
	if len(d) < 5 || d[4] != '-' || d[len(d)-1] == ':' {
		return false // a date starts with its year; a value ending in ":" would be a key
	}
	for i := 0; i < len(d); i++ {
		if c := d[i]; !('0' <= c && c <= '9' || i >= 4 && (c == '-' || c == ':' || c == 'T' || c == 'Z' || c == '+')) {
			return false
		}
	}
	return true
}

// The styles of a front matter value that plainFrontMatter writes.
const (
	plainStyle   = 1 + iota // plain, as it is
	singleQuoted            // in single quotes, a quote in it doubled
)

// scalarStyle returns how yaml writes s, a string value of the front
// matter, or 0 for a value left to yaml. plainFrontMatter writes a value
// that YAML reads as a string, whatever its style: one that starts with
// a letter (not a YAML 1.1 word for a boolean or null), a character
// beyond ASCII or one of YAML's indicators that no number, date or other
// type starts with (startIndicators); that holds no control character,
// no line or paragraph separator, byte order mark or invalid UTF-8, no
// tab, no two spaces in a row and no "<", "[" or "]" (which yamlText may
// quote); and that does not end with a space. Inside a block mapping
// such a value is plain unless it starts with an indicator or holds ": "
// or " #" (or ends with ":"), which YAML would read as a key or a
// comment: yaml writes it single-quoted then. URLs, language tags and
// most titles are plain. Some other values are written plain or quoted
// too: they are left to yaml. With flow, s is an item of a flow sequence
// (the tags), where a value that holds ",", "?", ":", "{" or "}" anywhere
// is single-quoted too.
func scalarStyle(s string, flow bool) uint8 {
	if s == "" || len(s) > plainMax || len(s) <= 5 && plainKeywords[strings.ToLower(s)] {
		return 0
	}
	indicator := false
	prev := rune(' ')
	for i, r := range s {
		switch {
		case i == 0:
			switch {
			case r >= utf8.RuneSelf:
				if !plainRune(r) {
					return 0
				}
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			case strings.IndexByte(startIndicators, byte(r)) >= 0:
				indicator = true
			default:
				return 0 // a digit, sign or dot may start a number: left to yaml
			}
		case r == ' ':
			if prev == ' ' {
				return 0
			}
		case r == '#':
			if prev == ' ' {
				indicator = true
			}
		case r == ':':
			if flow || i+1 == len(s) || s[i+1] == ' ' {
				indicator = true
			}
		case flow && r < utf8.RuneSelf && strings.IndexByte(",?{}", byte(r)) >= 0:
			indicator = true
		case !plainRune(r):
			return 0
		}
		prev = r
	}
	switch {
	case prev == ' ':
		return 0
	case indicator:
		return singleQuoted
	}
	return plainStyle
}

// startIndicators are the ASCII characters that make a value that starts
// with them no plain scalar, and that start no other type than a string.
const startIndicators = "#,{}&*!|>'\"%@`"

// plainScalar reports whether yaml writes s plain and as it is.
func plainScalar(s string) bool { return scalarStyle(s, false) == plainStyle }

// appendSingleQuoted appends s single-quoted, as yaml writes it.
func appendSingleQuoted(out []byte, s string) []byte {
	out = append(out, '\'')
	for {
		i := strings.IndexByte(s, '\'')
		if i < 0 {
			break
		}
		out = append(out, s[:i+1]...)
		out = append(out, '\'')
		s = s[i+1:]
	}
	out = append(out, s...)
	return append(out, '\'')
}

// plainMax is the longest value plainScalar writes; yaml does not fold a
// plain value of a block mapping, however long (TestPlainFrontMatter
// holds one of plainMax bytes), and longer ones are left to it.
const plainMax = 2048

// plainRune reports whether r may stand in a plain value other than as
// the first rune, a space, "#" or ":" (see plainScalar): printable ASCII
// but "<", "[" and "]", and the runes from U+00A0 to U+FFFD but the line
// and paragraph separators, the byte order mark and U+FFFD (which an
// invalid byte reads as): what yaml counts as printable, in the Basic
// Multilingual Plane (it escapes an emoji).
func plainRune(r rune) bool {
	switch {
	case r < 0x80:
		return r > ' ' && r < 0x7f && r != '<' && r != '[' && r != ']'
	case r < 0xa0 || r >= 0x10000:
		return false // yaml escapes the runes outside the Basic Multilingual Plane
	}
	switch r {
	case 0x2028, 0x2029, 0xfeff, 0xfffe, 0xffff, utf8.RuneError:
		return false
	}
	return true
}

// plainKeywords are the words YAML 1.1 reads as booleans or null, which
// yaml quotes.
var plainKeywords = map[string]bool{
	"y": true, "yes": true, "n": true, "no": true, "true": true, "false": true, "on": true, "off": true, "null": true,
}
