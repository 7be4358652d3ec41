package article

import (
	"bytes"
	"strings"
	"unicode"

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
	if d[0] < '0' || d[0] > '9' {
		return false
	}
	for i := 0; i < len(d); i++ {
		if c := d[i]; !('0' <= c && c <= '9' || c == '-' || c == ':' || c == 'T' || c == 'Z' || c == '+') {
			return false
		}
	}
	return true
}

// plainScalar reports whether yaml writes s, a string value of the front
// matter, plain and as it is: it starts with a letter (no number, date or
// indicator then), ends with a letter, a digit or one of ".?!)", holds
// only letters, digits, single spaces and a few marks that mean nothing
// to YAML inside a plain scalar, and is no word that YAML 1.1 reads as a
// boolean or null. Some others are written plain too: they are left to
// yaml.
func plainScalar(s string) bool {
	if len(s) > 200 || plainKeywords[strings.ToLower(s)] {
		return false // a long text may be folded: left to yaml
	}
	prev := ' '
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) && r < 0x2000:
		case i == 0:
			return false
		case '0' <= r && r <= '9':
		case r == ' ':
			if prev == ' ' {
				return false
			}
		case strings.ContainsRune(plainMarks, r):
		default:
			return false
		}
		prev = r
	}
	return prev != ' ' && (unicode.IsLetter(prev) || '0' <= prev && prev <= '9' || strings.ContainsRune(".?!)", prev))
}

// plainMarks are the marks plainScalar lets stand inside a value.
const plainMarks = ",.;?!()'/&+=_–—"

// plainKeywords are the words YAML 1.1 reads as booleans or null, which
// yaml quotes.
var plainKeywords = map[string]bool{
	"y": true, "yes": true, "n": true, "no": true, "true": true, "false": true, "on": true, "off": true, "null": true,
}
