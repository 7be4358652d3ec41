package main

import (
	"bytes"
	"errors"

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
	formatChunks                 // --chunk: JSON Lines of chunks for retrieval
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
	case formatChunks:
		return ".jsonl"
	}
	return ".md"
}

// record is the JSON form of a cleaned page, in --format json and --jsonl
// (model.Record, where its fields are documented).
type record model.Record

// newRecord returns the record of doc: every metadata field is present, ""
// when unknown.
func newRecord(doc *extract.Document) record { return record(doc.Record()) }

// marshal returns rec as one line of JSON, HTML characters left as they are.
func (rec record) marshal() []byte { return model.Record(rec).Marshal() }

// render returns doc in the format the options ask for.
func render(doc *extract.Document, opts *options) ([]byte, error) {
	if err := opts.filter(doc); err != nil {
		return nil, err
	}
	switch opts.outFormat {
	case formatJSON:
		return newRecord(doc).marshal(), nil
	case formatText:
		return []byte(doc.PlainText()), nil
	case formatChunks:
		var buf bytes.Buffer
		err := doc.WriteChunks(&buf, opts.chunk)
		return buf.Bytes(), err
	}
	var buf bytes.Buffer
	err := doc.WriteMarkdown(&buf, extract.MarkdownOptions{NoFrontMatter: !opts.frontMatter})
	return buf.Bytes(), err
}
