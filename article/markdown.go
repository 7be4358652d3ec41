package article

import (
	"io"
	"strings"

	"github.com/pare-dev/pare/internal/mdsafe"
	"go.yaml.in/yaml/v3"
)

// MarkdownOptions steer WriteMarkdown.
type MarkdownOptions struct {
	// NoFrontMatter drops the YAML block; the date, author and site then
	// stand in an italic line under the title ("_2024-03-14 · Ana Ruiz ·
	// The Ledger_"), and the URL on the next as an autolink.
	NoFrontMatter bool
}

// frontMatter is the YAML block at the head of the Markdown, in key order.
type frontMatter struct {
	Title  yamlText `yaml:"title,omitempty"`
	Date   isoDate  `yaml:"date,omitempty"`
	Author yamlText `yaml:"author,omitempty"`
	Site   yamlText `yaml:"site,omitempty"`
	URL    yamlText `yaml:"url,omitempty"`
	Lang   yamlText `yaml:"lang,omitempty"`
	Source yamlText `yaml:"source,omitempty"`
	// Added later, after the first keys so that those stay in place.
	Description yamlText   `yaml:"description,omitempty"`
	Image       yamlText   `yaml:"image,omitempty"`
	Tags        []yamlText `yaml:"tags,omitempty,flow"`
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
// a level-one heading, then the body. It makes the whole text first and
// writes it in one call.
func (d *Document) WriteMarkdown(w io.Writer, o MarkdownOptions) error {
	var fm []byte
	if !o.NoFrontMatter {
		var err error
		fm, err = marshalFrontMatter(&frontMatter{
			Title: yamlText(d.Title), Date: isoDate(d.Date.String()), Author: yamlText(d.Author), Site: yamlText(d.Site),
			URL: yamlText(d.URL), Lang: yamlText(d.Lang), Source: yamlText(d.Source),
			Description: yamlText(d.Description), Image: yamlText(d.Image), Tags: yamlTexts(d.Tags),
		})
		if err != nil {
			return err
		}
	}
	var sb strings.Builder
	sb.Grow(len(fm) + len(d.Title) + 64 + d.bodySize())
	if !o.NoFrontMatter {
		sb.WriteString("---\n")
		sb.Write(fm)
		sb.WriteString("---\n\n")
	}
	if d.Title != "" {
		sb.WriteString(mdsafe.MarkdownTitle(d.Title))
		sb.WriteString("\n\n")
	}
	if o.NoFrontMatter {
		sb.WriteString(d.bylineMarkdown())
	}
	d.writeBody(&sb)
	_, err := io.WriteString(w, sb.String())
	return err
}

// marshalFrontMatter returns the front matter's YAML, nil when it holds
// nothing: plainFrontMatter's when it can write it, else yaml's.
func marshalFrontMatter(fm *frontMatter) ([]byte, error) {
	if out, ok := plainFrontMatter(fm); ok {
		return out, nil
	}
	return yamlFrontMatter(fm)
}

// yamlFrontMatter is marshalFrontMatter written by yaml.
func yamlFrontMatter(fm *frontMatter) ([]byte, error) {
	out, err := yaml.Marshal(*fm)
	if err != nil {
		return nil, err
	}
	out = guardFrontMatter(out)
	if strings.TrimSpace(string(out)) == "{}" {
		return nil, nil
	}
	return out, nil
}

// Body returns the article body as Markdown, the title not included.
// Headings keep their relative levels, the highest of them becoming a
// level-two heading under the title.
func (d *Document) Body() string {
	var sb strings.Builder
	sb.Grow(d.bodySize())
	d.writeBody(&sb)
	return sb.String()
}

// bodySize is about the length of the body in bytes, a little more.
func (d *Document) bodySize() int {
	size := 0
	for _, b := range d.Blocks {
		size += len(b.Text) + 10
	}
	return size
}

func (d *Document) writeBody(sb *strings.Builder) {
	top := 7
	for _, b := range d.Blocks {
		if b.Kind == Heading && b.Level < top {
			top = b.Level
		}
	}
	for i, b := range d.Blocks {
		if i > 0 {
			sb.WriteString("\n")
		}
		if b.Kind == Heading {
			level := min(b.Level-top+2, 6)
			sb.WriteString("######"[:level])
			sb.WriteString(" ")
		}
		sb.WriteString(b.Text)
		sb.WriteString("\n")
	}
}

// bylineMarkdown returns the lines that stand for the front matter when it
// is left out: date, author and site in one italic line, a middle dot
// apart, then the URL as an autolink; each followed by a blank line, ""
// when none is known. Language and source are left out.
func (d *Document) bylineMarkdown() string {
	var parts []string
	for _, p := range []string{d.Date.String(), d.Author, d.Site} {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	var sb strings.Builder
	if len(parts) > 0 {
		sb.WriteString(mdsafe.SafeMarkdown("_"+mdsafe.MarkLine(strings.Join(parts, " · "))+"_", true))
		sb.WriteString("\n\n")
	}
	if u := mdsafe.WebURL(d.URL); u != "" {
		u = strings.NewReplacer(" ", "%20", "<", "%3C", ">", "%3E").Replace(u)
		sb.WriteString("<" + u + ">\n\n")
	}
	return sb.String()
}

// yamlTexts returns tags as front matter values, those that could make
// markup left out (guardFrontMatter guards single values only).
func yamlTexts(tags []string) []yamlText {
	var out []yamlText
	for _, t := range tags {
		if !markupLike(t) {
			out = append(out, yamlText(t))
		}
	}
	return out
}
