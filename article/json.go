package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"strings"
)

// Record is the JSON form of a cleaned page, as pare writes it with
// --format json and --jsonl. Its field names are part of pare's interface:
// add fields, never rename. A record for an input that failed holds only
// id, line and error.
type Record struct {
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
	// Added later, present in every page's record too.
	Description *string   `json:"description,omitempty"`
	Image       *string   `json:"image,omitempty"`
	Tags        *[]string `json:"tags,omitempty"` // [] when none
	Hash        *string   `json:"hash,omitempty"` // "sha256:" + hex of the normalised body text
	// Skipped says why a page was left out by choice (--lang): such a
	// record has no error and no content.
	Skipped string `json:"skipped,omitempty"`
}

// Record returns the record of d: every metadata field is present, ""
// when unknown.
func (d *Document) Record() Record {
	s := func(v string) *string { return &v }
	tags := d.Tags
	if tags == nil {
		tags = []string{}
	}
	return Record{
		Source: s(d.Source), URL: s(d.URL), Title: s(d.Title), Date: s(d.Date.String()),
		Author: s(d.Author), Site: s(d.Site), Lang: s(d.Lang), Markdown: s(d.Body()),
		Description: s(d.Description), Image: s(d.Image), Tags: &tags, Hash: s(d.Hash()),
	}
}

// Marshal returns rec as one line of JSON, HTML characters left as they are.
func (rec Record) Marshal() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		// Only an id that is not valid JSON can fail: drop it.
		buf.Reset()
		enc.Encode(Record{Line: rec.Line, Error: "bad id: " + err.Error()})
	}
	return buf.Bytes()
}

// WriteJSON writes the document's record as one line of JSON.
func (d *Document) WriteJSON(w io.Writer) error {
	_, err := w.Write(d.Record().Marshal())
	return err
}

// Hash returns a content hash of the body for deduplication: "sha256:"
// and the hex SHA-256 of its plain text (BlockText of each block), white
// space folded to single spaces. Pages whose bodies read the same have the
// same hash, whatever their markup, title or metadata.
func (d *Document) Hash() string {
	h := sha256.New()
	first := true
	for _, b := range d.Blocks {
		for _, w := range strings.Fields(BlockText(b)) {
			if !first {
				h.Write([]byte{' '})
			}
			first = false
			h.Write([]byte(w))
		}
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil))
}
