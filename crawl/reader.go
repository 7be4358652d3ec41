package crawl

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// Errors of Reader.Next, tested with errors.Is; the *RecordError that wraps
// them tells the record's offset and the reason.
var (
	// ErrSkipped marks a record that is not a page: a request, a revisit,
	// metadata, a response with another status or a payload that is not HTML.
	ErrSkipped = errors.New("record skipped")
	// ErrCorrupt marks a record the parser could not read whole: truncated,
	// or broken in its headers or its compression.
	ErrCorrupt = errors.New("corrupt record")
	// ErrStuck marks a file in which the parser cannot find a next record
	// after a corrupt one; reading stops there.
	ErrStuck = errors.New("no next record found")
)

// Page is an HTML page read from a response record.
type Page struct {
	URL         string // WARC-Target-URI
	RecordID    string // WARC-Record-ID, with its angle brackets
	Date        string // WARC-Date, as written (ISO 8601, UTC)
	ContentType string // the HTTP Content-Type header, with its charset
	Offset      int64  // where the record starts in the file
	Body        []byte // the HTTP payload, transfer and content encodings undone
}

// RecordError is a record that gave no page: skipped (Err is ErrSkipped)
// or corrupt (Err wraps ErrCorrupt and the parser's error).
type RecordError struct {
	Offset int64
	Reason string // short, for counting skips: "revisit", "status 404", "not HTML"…
	Err    error
}

func (e *RecordError) Error() string {
	if errors.Is(e.Err, ErrSkipped) {
		return fmt.Sprintf("record at offset %d skipped: %s", e.Offset, e.Reason)
	}
	return fmt.Sprintf("record at offset %d: %s", e.Offset, e.Reason)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Reasons for skipping a response record. Other records are skipped with
// their type ("request", "revisit", "metadata", "warcinfo"…) as the reason.
const (
	ReasonNotHTTP   = "not an HTTP response"
	ReasonNotHTML   = "not HTML"
	ReasonNoURI     = "no WARC-Target-URI"
	ReasonTooLarge  = "larger than the size limit"
	ReasonEncoding  = "unsupported or broken content encoding"
	reasonStatusFmt = "status %d"
)

// Reader reads the pages of one WARC file, record by record. It holds one
// record at a time: the parser keeps a record's block in memory up to
// 1 MiB and in a temporary file past that, and a page's body is read only
// when it is at most the size limit.
type Reader struct {
	wr        *gowarc.WarcFileReader
	seeker    io.ReadSeeker // the file, when it can seek: then a corrupt record is searched past
	maxSize   int64
	end       int64 // where the last record read ended
	done      bool
	resyncing bool // after a corrupt record, until a record is read whole
}

// NewReader returns a Reader of the WARC file that r reads, from its start.
// Pages whose payload is larger than maxSize bytes are skipped.
func NewReader(r io.Reader, maxSize int64) (*Reader, error) {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return nil, err
	}
	rd := &Reader{wr: wr, maxSize: maxSize}
	rd.seeker, _ = r.(io.ReadSeeker)
	return rd, nil
}

// Close releases the reader's buffer; it does not close r.
func (r *Reader) Close() error {
	if r.wr == nil {
		return nil
	}
	wr := r.wr
	r.wr = nil
	wr.Close() // r is no io.Closer to it: this only puts back the buffer
	return nil
}

// Next returns the next page. A record that is no page gives a
// *RecordError wrapping ErrSkipped, and the end of the file io.EOF.
//
// A broken record gives a *RecordError wrapping ErrCorrupt, after which
// Next goes on at the next record the parser finds. When r can seek (a
// file), the search starts one byte after the broken record's start, so
// that a record cut short does not take the next one with it; on a stream
// it starts where the parser stopped, which may be inside the next record.
// Failures during that search are part of the same corrupt stretch and are
// not reported again. When the parser cannot move on at all, Next returns
// an error wrapping ErrStuck and then io.EOF.
func (r *Reader) Next() (*Page, error) {
	for {
		p, err := r.next()
		var re *RecordError
		if !errors.As(err, &re) || !errors.Is(err, ErrCorrupt) {
			if err != io.EOF {
				r.resyncing = false
			}
			return p, err
		}
		if r.seeker != nil && !errors.Is(err, ErrStuck) {
			r.restart(re.Offset + 1)
		}
		if !r.resyncing || errors.Is(err, ErrStuck) {
			r.resyncing = true
			return nil, err
		}
	}
}

// restart reads on from the given offset of the file.
func (r *Reader) restart(offset int64) {
	r.wr.Close()
	wr, err := gowarc.NewWarcFileReaderFromStream(r.seeker, offset)
	if err != nil {
		r.wr, r.done = nil, true
		return
	}
	r.wr = wr
}

// next reads one record.
func (r *Reader) next() (*Page, error) {
	if r.done || r.wr == nil {
		return nil, io.EOF
	}
	rec, err := r.wr.Next()
	defer rec.Close()
	if err == io.EOF {
		r.done = true
		return nil, io.EOF
	}
	end := rec.Offset + rec.Size
	if err != nil {
		if end <= r.end && r.seeker == nil {
			// The parser read nothing: it would fail here again.
			r.done = true
			return nil, &RecordError{Offset: rec.Offset, Reason: err.Error(), Err: fmt.Errorf("%w: %w: %w", ErrStuck, ErrCorrupt, err)}
		}
		r.end = end
		return nil, corrupt(rec.Offset, err)
	}
	r.end = end
	for _, v := range rec.Validation {
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) {
			return nil, corrupt(rec.Offset, fmt.Errorf("truncated: %d of %d bytes", cl.Actual, cl.Expected))
		}
	}
	return r.page(rec)
}

func corrupt(offset int64, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		err = fmt.Errorf("truncated: %w", err)
	}
	return &RecordError{Offset: offset, Reason: err.Error(), Err: fmt.Errorf("%w: %w", ErrCorrupt, err)}
}

func skip(offset int64, reason string) error {
	return &RecordError{Offset: offset, Reason: reason, Err: ErrSkipped}
}

// page turns a response record into a page, or says why it is none.
func (r *Reader) page(rec gowarc.Record) (*Page, error) {
	wr := rec.WarcRecord
	if wr.Type() != gowarc.Response {
		return nil, skip(rec.Offset, wr.Type().String())
	}
	blk, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok || blk.HttpHeader() == nil {
		return nil, skip(rec.Offset, ReasonNotHTTP)
	}
	if code := blk.HttpStatusCode(); code != http.StatusOK {
		return nil, skip(rec.Offset, fmt.Sprintf(reasonStatusFmt, code))
	}
	h := wr.WarcHeader()
	uri := strings.Trim(strings.TrimSpace(h.Get(gowarc.WarcTargetURI)), "<>")
	if uri == "" {
		return nil, skip(rec.Offset, ReasonNoURI)
	}
	hh := *blk.HttpHeader()
	ct := hh.Get("Content-Type")
	mt, _, _ := mime.ParseMediaType(ct)
	mt = strings.ToLower(mt)
	if !htmlType(mt) && !genericType(mt) {
		return nil, skip(rec.Offset, ReasonNotHTML)
	}
	payload, err := blk.PayloadBytes()
	if err != nil {
		return nil, corrupt(rec.Offset, err)
	}
	chunked := strings.Contains(strings.ToLower(rawHeader(blk.ProtocolHeaderBytes(), "Transfer-Encoding")), "chunked")
	body, err := decode(payload, chunked, hh.Get("Content-Encoding"), r.maxSize)
	switch {
	case errors.Is(err, errTooLarge):
		return nil, skip(rec.Offset, ReasonTooLarge)
	case err != nil:
		return nil, skip(rec.Offset, ReasonEncoding)
	}
	if !htmlType(mt) && !strings.HasPrefix(http.DetectContentType(body), "text/html") {
		return nil, skip(rec.Offset, ReasonNotHTML)
	}
	return &Page{
		URL:         uri,
		RecordID:    h.Get(gowarc.WarcRecordID),
		Date:        h.Get(gowarc.WarcDate),
		ContentType: ct,
		Offset:      rec.Offset,
		Body:        body,
	}, nil
}

// htmlType reports whether a media type is HTML.
func htmlType(mt string) bool {
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// genericType reports whether a media type says nothing of the payload, so
// that its first bytes decide.
func genericType(mt string) bool {
	return mt == "" || mt == "application/octet-stream" || mt == "unknown/unknown" || mt == "application/unknown"
}

var errTooLarge = errors.New("payload too large")

// decode reads the payload, undoing a chunked transfer encoding and a gzip
// or deflate content encoding that the record kept (Common Crawl stores
// payloads decoded, wget as they came). At most max bytes are read.
func decode(payload io.Reader, chunked bool, encoding string, max int64) ([]byte, error) {
	r := payload
	if chunked {
		br := bufio.NewReader(payload)
		if looksChunked(br) {
			r = httputil.NewChunkedReader(br)
		} else {
			r = br // the crawler decoded it and kept the header
		}
	}
	switch enc := strings.ToLower(strings.TrimSpace(encoding)); enc {
	case "", "identity":
	case "gzip", "x-gzip":
		br := bufio.NewReader(r)
		if magic, _ := br.Peek(2); !bytes.Equal(magic, []byte{0x1f, 0x8b}) {
			r = br // decoded already
			break
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		br := bufio.NewReader(r)
		if h, _ := br.Peek(2); len(h) == 2 && h[0]&0x0f == 8 && (int(h[0])<<8|int(h[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, err
			}
			r = zr
		} else {
			r = flate.NewReader(br) // raw deflate, as some servers send it
		}
	default:
		return nil, fmt.Errorf("content encoding %q", enc)
	}
	body, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(body)) > max {
		return nil, errTooLarge
	}
	return body, nil
}

// looksChunked reports whether the payload starts with a chunk size line.
func looksChunked(br *bufio.Reader) bool {
	head, _ := br.Peek(20)
	i := bytes.IndexByte(head, '\n')
	if i <= 0 {
		return false
	}
	line := bytes.TrimRight(head[:i], "\r")
	if j := bytes.IndexByte(line, ';'); j >= 0 {
		line = line[:j]
	}
	line = bytes.TrimSpace(line)
	if len(line) == 0 {
		return false
	}
	for _, c := range line {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// rawHeader returns the value of a field of an HTTP header as recorded
// (the parsed header lacks Transfer-Encoding).
func rawHeader(raw []byte, name string) string {
	for _, line := range bytes.Split(raw, []byte("\n")) {
		k, v, ok := bytes.Cut(line, []byte(":"))
		if ok && strings.EqualFold(string(bytes.TrimSpace(k)), name) {
			return string(bytes.TrimSpace(v))
		}
	}
	return ""
}
