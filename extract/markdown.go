package extract

import (
	"bufio"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/pare-dev/pare/clean"
)

// MarkdownOptions steer WriteMarkdown.
type MarkdownOptions struct {
	// NoFrontMatter drops the YAML block; the date then stands in an italic
	// line under the title.
	NoFrontMatter bool
}

// frontMatter is the YAML block at the head of the Markdown, in key order.
type frontMatter struct {
	Title  string  `yaml:"title,omitempty"`
	Date   isoDate `yaml:"date,omitempty"`
	Author string  `yaml:"author,omitempty"`
	Site   string  `yaml:"site,omitempty"`
	URL    string  `yaml:"url,omitempty"`
	Lang   string  `yaml:"lang,omitempty"`
	Source string  `yaml:"source,omitempty"`
}

// isoDate is an ISO 8601 date in the front matter. It is written as a plain
// YAML timestamp (date: 2025-10-17T01:54:00), not as a quoted string, so
// that tools reading the front matter see a date.
type isoDate string

// MarshalYAML writes the date as a plain scalar, which YAML reads as a
// timestamp.
func (d isoDate) MarshalYAML() (any, error) {
	return &yaml.Node{Kind: yaml.ScalarNode, Value: string(d)}, nil
}

// IsZero reports whether no date is known, for omitempty.
func (d isoDate) IsZero() bool { return d == "" }

// WriteMarkdown writes the document as Markdown: front matter, the title as
// a level-one heading, then the body.
func (d *Document) WriteMarkdown(w io.Writer, o MarkdownOptions) error {
	bw := bufio.NewWriter(w)
	if !o.NoFrontMatter {
		fm, err := yaml.Marshal(frontMatter{
			Title: d.Title, Date: isoDate(d.Date.String()), Author: d.Author, Site: d.Site,
			URL: d.URL, Lang: d.Lang, Source: d.Source,
		})
		if err != nil {
			return err
		}
		bw.WriteString("---\n")
		if strings.TrimSpace(string(fm)) != "{}" {
			bw.Write(fm)
		}
		bw.WriteString("---\n\n")
	}
	if d.Title != "" {
		bw.WriteString("# " + d.Title + "\n\n")
	}
	if o.NoFrontMatter && !d.Date.IsZero() {
		bw.WriteString("_" + d.Date.String() + "_\n\n")
	}
	bw.WriteString(d.Body())
	return bw.Flush()
}

// Body returns the article body as Markdown, the title not included.
// Headings keep their relative levels, the highest of them becoming a
// level-two heading under the title.
func (d *Document) Body() string {
	top := 7
	for _, b := range d.Blocks {
		if b.Kind == clean.Heading && b.Level < top {
			top = b.Level
		}
	}
	var sb strings.Builder
	size := 0
	for _, b := range d.Blocks {
		size += len(b.Text) + 10
	}
	sb.Grow(size)
	for i, b := range d.Blocks {
		if i > 0 {
			sb.WriteString("\n")
		}
		if b.Kind == clean.Heading {
			level := min(b.Level-top+2, 6)
			sb.WriteString(strings.Repeat("#", level) + " ")
		}
		sb.WriteString(b.Text)
		sb.WriteString("\n")
	}
	return sb.String()
}
