package article

import (
	"bytes"
	"strings"

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
