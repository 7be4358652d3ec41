package crawl

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"time"
)

// Record is a WARC record to write.
type Record struct {
	Type        string    // WARC-Type: response, request, revisit, metadata…
	ID          string    // WARC-Record-ID; made from the record's contents when empty
	Date        time.Time // WARC-Date
	TargetURI   string    // WARC-Target-URI, when not empty
	ContentType string    // the block's Content-Type, when not empty
	Fields      []string  // more header fields, as name, value pairs
	Block       []byte
}

// Writer writes WARC/1.1 records, for tests and generated benchmarks. With
// gzip, each record is its own gzip member, as Common Crawl writes them.
type Writer struct {
	w    io.Writer
	gzip bool
	n    int
}

// NewWriter returns a Writer to w.
func NewWriter(w io.Writer, gzip bool) *Writer { return &Writer{w: w, gzip: gzip} }

// Write writes one record and returns its WARC-Record-ID.
func (w *Writer) Write(rec Record) (string, error) {
	w.n++
	id := rec.ID
	if id == "" {
		h := sha1.Sum(fmt.Appendf(nil, "%d %s %s %s", w.n, rec.Type, rec.TargetURI, rec.Block))
		id = fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
	}
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	field := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	field("WARC-Type", rec.Type)
	field("WARC-Record-ID", id)
	field("WARC-Date", rec.Date.UTC().Format(time.RFC3339))
	if rec.TargetURI != "" {
		field("WARC-Target-URI", rec.TargetURI)
	}
	if rec.ContentType != "" {
		field("Content-Type", rec.ContentType)
	}
	for i := 0; i+1 < len(rec.Fields); i += 2 {
		field(rec.Fields[i], rec.Fields[i+1])
	}
	field("Content-Length", strconv.Itoa(len(rec.Block)))
	b.WriteString("\r\n")
	b.Write(rec.Block)
	b.WriteString("\r\n\r\n")
	if !w.gzip {
		_, err := w.w.Write(b.Bytes())
		return id, err
	}
	zw := gzip.NewWriter(w.w)
	if _, err := zw.Write(b.Bytes()); err != nil {
		return id, err
	}
	return id, zw.Close()
}

// Response writes a response record holding an HTTP response with the
// given status, header and body, and returns its WARC-Record-ID.
func (w *Writer) Response(uri string, date time.Time, status int, header http.Header, body []byte) (string, error) {
	return w.Write(Record{
		Type: "response", Date: date, TargetURI: uri,
		ContentType: "application/http; msgtype=response",
		Block:       HTTPResponse(status, header, body),
	})
}

// HTTPResponse returns an HTTP/1.1 response as a WARC response block holds
// it: status line, header fields in order of name, blank line, body.
func HTTPResponse(status int, header http.Header, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	keys := make([]string, 0, len(header))
	for k := range header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range header[k] {
			fmt.Fprintf(&b, "%s: %s\r\n", k, v)
		}
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}
