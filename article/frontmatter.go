package article

import (
	"bytes"
	"strings"
	"unicode"
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
// every value is one that yaml writes plain as it is (plainScalar, and a
// date of digits and marks) and there are no tags; ok is false otherwise,
// for yaml to write it. Most pages' front matter is a title, a date, an
// author and a language: yaml's encoder, for four lines, cost a few percent
// of a text dump's extraction. TestPlainFrontMatter and
// FuzzPlainFrontMatter hold it to yaml.Marshal.
func plainFrontMatter(fm *frontMatter) (out []byte, ok bool) {
	if len(fm.Tags) > 0 || !plainDate(string(fm.Date)) {
		return nil, false
	}
	fields := [...]struct {
		key string
		val string
	}{
		{"title", string(fm.Title)}, {"date", string(fm.Date)}, {"author", string(fm.Author)}, {"site", string(fm.Site)},
		{"url", string(fm.URL)}, {"lang", string(fm.Lang)}, {"source", string(fm.Source)},
		{"description", string(fm.Description)}, {"image", string(fm.Image)},
	}
	size := 0
	for k, f := range fields {
		if f.val == "" {
			continue
		}
		if k != 1 && !plainScalar(f.val) {
			return nil, false
		}
		size += len(f.key) + 3 + len(f.val)
	}
	if size == 0 {
		return nil, true // yaml writes "{}"
	}
	out = make([]byte, 0, size)
	for _, f := range fields {
		if f.val != "" {
			out = append(out, f.key...)
			out = append(out, ": "...)
			out = append(out, f.val...)
			out = append(out, '\n')
		}
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

// plainScalar reports whether yaml writes s, a string value of the front
// matter, plain and as it is: it starts with a letter (no number, date or
// indicator then) and does not end with a space or a colon; it holds no
// control character, no line or paragraph separator, byte order mark or
// invalid UTF-8, no tab, no two spaces in a row, no ": " and no " #"
// (which YAML reads as a key or a comment), and no "<", "[" or "]" (which
// yamlText may quote); and it is no word that YAML 1.1 reads as a boolean
// or null. Inside a block mapping's plain value every other mark means
// nothing to YAML: URLs, language tags and most titles are written as
// they are. Some others are written plain too: they are left to yaml.
func plainScalar(s string) bool {
	if len(s) > plainMax || len(s) <= 5 && plainKeywords[strings.ToLower(s)] {
		return false
	}
	prev := rune(' ')
	for i, r := range s {
		switch {
		case i == 0:
			if !unicode.IsLetter(r) || !plainRune(r) {
				return false
			}
		case r == ' ':
			if prev == ' ' {
				return false
			}
		case r == '#':
			if prev == ' ' {
				return false
			}
		case r == ':':
			if i+1 == len(s) || s[i+1] == ' ' {
				return false
			}
		case !plainRune(r):
			return false
		}
		prev = r
	}
	return prev != ' '
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
