package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	model "github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract"
)

// format is an output format.
type format int

// The output formats.
const (
	formatMarkdown format = iota // front matter, title, Markdown body
	formatJSON                   // one JSON record: metadata and the Markdown body
	formatText                   // title and body as plain text
)

func parseFormat(s string) (format, error) {
	switch s {
	case "markdown", "md":
		return formatMarkdown, nil
	case "json":
		return formatJSON, nil
	case "text", "txt":
		return formatText, nil
	}
	return formatMarkdown, errors.New(`format must be "markdown", "json" or "text"`)
}

// ext returns the file extension of outputs in the format.
func (f format) ext() string {
	switch f {
	case formatJSON:
		return ".json"
	case formatText:
		return ".txt"
	}
	return ".md"
}

// record is the JSON form of a cleaned page, in --format json and --jsonl.
// Its field names are part of pare's interface: add fields, never rename.
// A record for an input that failed holds only id, line and error.
type record struct {
	ID       json.RawMessage `json:"id,omitempty"`   // the input record's id, as given
	Line     int             `json:"line,omitempty"` // the input line, on --jsonl errors
	Source   *string         `json:"source,omitempty"`
	URL      *string         `json:"url,omitempty"`
	Title    *string         `json:"title,omitempty"`
	Date     *string         `json:"date,omitempty"`
	Author   *string         `json:"author,omitempty"`
	Site     *string         `json:"site,omitempty"`
	Lang     *string         `json:"lang,omitempty"`
	Markdown *string         `json:"markdown,omitempty"`
	Error    string          `json:"error,omitempty"`
}

// newRecord returns the record of doc: every metadata field is present, ""
// when unknown.
func newRecord(doc *extract.Document) record {
	s := func(v string) *string { return &v }
	return record{
		Source: s(doc.Source), URL: s(doc.URL), Title: s(doc.Title), Date: s(doc.Date.String()),
		Author: s(doc.Author), Site: s(doc.Site), Lang: s(doc.Lang), Markdown: s(doc.Body()),
	}
}

// marshal returns rec as one line of JSON, HTML characters left as they are.
func (rec record) marshal() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		// Only an id that is not valid JSON can fail: drop it.
		buf.Reset()
		enc.Encode(record{Line: rec.Line, Error: "bad id: " + err.Error()})
	}
	return buf.Bytes()
}

// render returns doc in the format the options ask for.
func render(doc *extract.Document, opts *options) ([]byte, error) {
	switch opts.outFormat {
	case formatJSON:
		return newRecord(doc).marshal(), nil
	case formatText:
		return []byte(plainText(doc)), nil
	}
	var buf bytes.Buffer
	err := doc.WriteMarkdown(&buf, extract.MarkdownOptions{NoFrontMatter: !opts.frontMatter})
	return buf.Bytes(), err
}

// plainText returns the title and the body as plain text: blocks apart by a
// blank line, links and emphasis dropped; lists, code and tables keep their
// Markdown layout, which reads as plain text.
func plainText(doc *extract.Document) string {
	var sb strings.Builder
	if doc.Title != "" {
		sb.WriteString(doc.Title + "\n\n")
	}
	for i, b := range doc.Blocks {
		if i > 0 {
			sb.WriteString("\n")
		}
		switch b.Kind {
		case model.List, model.Code, model.Table:
			sb.WriteString(b.Text)
		default:
			sb.WriteString(b.Plain)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}
