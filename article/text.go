package article

import (
	"io"
	"strings"
)

// PlainText returns the title and the body as plain text: blocks apart by a
// blank line, links and emphasis dropped; lists, code and tables keep their
// Markdown layout, which reads as plain text.
func (d *Document) PlainText() string {
	var sb strings.Builder
	if d.Title != "" {
		sb.WriteString(d.Title + "\n\n")
	}
	for i, b := range d.Blocks {
		if i > 0 {
			sb.WriteString("\n")
		}
		switch b.Kind {
		case List, Code, Table:
			sb.WriteString(b.Text)
		default:
			sb.WriteString(b.Plain)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// WriteText writes the document as plain text (PlainText) in one call.
func (d *Document) WriteText(w io.Writer) error {
	_, err := io.WriteString(w, d.PlainText())
	return err
}
