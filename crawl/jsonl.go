package crawl

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// Errors of ParseLine.
var (
	ErrNotRecord = errors.New("not a JSON record")
	ErrNoPage    = errors.New(`record has neither "html" nor "text"`)
)

// Line is a page record of a JSONL stream, as pare --jsonl reads them:
// {"id": …, "url": "…", "html": "…"} or the same with "text".
type Line struct {
	ID   json.RawMessage // any JSON value, copied to the result; nil when absent
	URL  string
	Body string // the page
	HTML bool   // Body is HTML (else a text dump)
}

// ParseLine reads one line of a JSONL stream of pages. An id that is not
// valid UTF-8 is encoded again, its invalid bytes becoming U+FFFD.
func ParseLine(raw []byte) (Line, error) {
	var in struct {
		ID   json.RawMessage `json:"id"`
		URL  string          `json:"url"`
		HTML *string         `json:"html"`
		Text *string         `json:"text"`
	}
	if err := json.Unmarshal(raw, &in); err != nil {
		return Line{}, fmt.Errorf("%w: %w", ErrNotRecord, err)
	}
	l := Line{ID: in.ID, URL: in.URL}
	if !utf8.Valid(l.ID) {
		var v any
		json.Unmarshal(in.ID, &v)
		l.ID, _ = json.Marshal(v)
	}
	switch {
	case in.HTML != nil:
		l.Body, l.HTML = *in.HTML, true
	case in.Text != nil:
		l.Body = *in.Text
	default:
		return l, ErrNoPage
	}
	return l, nil
}

// ReadLine reads one line of a JSONL stream without its end, in bounded
// memory: a line longer than max bytes is read through and dropped, and
// tooLong says so. The last line may lack its newline; io.EOF comes only
// when no line is left.
func ReadLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+2 { // +2: the line's end
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(line) > 0 || tooLong):
			err = nil
		case err != nil:
			return nil, false, err
		}
		if line = bytes.TrimRight(line, "\r\n"); tooLong || int64(len(line)) > max {
			return nil, true, nil
		}
		return line, false, nil
	}
}
