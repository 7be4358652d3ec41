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
	Title  string `yaml:"title,omitempty"`
	Date   string `yaml:"date,omitempty"`
	Author string `yaml:"author,omitempty"`
	Site   string `yaml:"site,omitempty"`
	URL    string `yaml:"url,omitempty"`
	Lang   string `yaml:"lang,omitempty"`
	Source string `yaml:"source,omitempty"`
}

// WriteMarkdown writes the document as Markdown: front matter, the title as
// a level-one heading, then the body.
func (d *Document) WriteMarkdown(w io.Writer, o MarkdownOptions) error {
	bw := bufio.NewWriter(w)
	if !o.NoFrontMatter {
		fm, err := yaml.Marshal(frontMatter{
			Title: d.Title, Date: d.Date.String(), Author: d.Author, Site: d.Site,
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
