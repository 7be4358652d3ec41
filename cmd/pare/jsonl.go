package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pare-dev/pare/crawl"
	"github.com/pare-dev/pare/extract"
)

// inRecord is one line of --jsonl input.
type inRecord struct {
	ID   json.RawMessage `json:"id"`
	URL  string          `json:"url"`
	HTML *string         `json:"html"`
	Text *string         `json:"text"`
}

// errLineTooLong reports a --jsonl line longer than --max-size.
var errLineTooLong = errors.New("line longer than --max-size")

// runJSONL cleans a stream of JSON records, one per line of standard input,
// and writes one result record per line to standard output, in input order.
// Records are cleaned in parallel; at most a few per worker are held at a
// time, so memory does not grow with the stream. A line that cannot be
// cleaned, or is not a record, gives a record with an error field: the
// stream goes on and the exit status stays 0, as pipelines want.
func runJSONL(ctx context.Context, ios *streams, opts *options) error {
	type item struct {
		line int
		raw  []byte
		err  error // reading the line failed
		out  chan cleaned
	}
	work := make(chan *item)
	pending := make(chan *item, 2*opts.jobs) // in input order; bounds memory
	readErr := make(chan error, 1)
	// The lines held at a time, read or being cleaned, are at most twice
	// --max-size in all, whatever -j (and one line more, being read).
	held := newBudget(2 * opts.maxSize)

	var wg sync.WaitGroup
	for range opts.jobs {
		wg.Go(func() {
			for it := range work {
				c := cleanRecord(ctx, it.line, it.raw, it.err, opts)
				held.release(int64(len(it.raw)))
				it.raw = nil
				it.out <- c
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(work)
		br := bufio.NewReaderSize(ios.in, 64<<10)
		for n := 1; ctx.Err() == nil; n++ {
			raw, err := readLine(br, opts.maxSize)
			if err == io.EOF {
				readErr <- nil
				return
			}
			it := &item{line: n, raw: raw, out: make(chan cleaned, 1)}
			if err != nil && !errors.Is(err, errLineTooLong) {
				readErr <- err
				return
			}
			it.err = err
			if err := held.acquire(ctx, int64(len(raw))); err != nil {
				break
			}
			pending <- it
			work <- it
		}
		readErr <- nil
	}()

	bw := bufio.NewWriter(ios.out)
	for {
		select {
		case <-ctx.Done():
			bw.Flush()
			return errInterrupted
		case it, ok := <-pending:
			if !ok {
				wg.Wait()
				if err := bw.Flush(); err != nil {
					return err
				}
				if ctx.Err() != nil {
					return errInterrupted
				}
				if err := <-readErr; err != nil {
					return fmt.Errorf("read standard input: %w", err)
				}
				return nil
			}
			c := <-it.out
			bw.Write(c.record)
			if c.explained != "" {
				io.WriteString(ios.err, c.explained)
			}
			if len(pending) == 0 {
				if err := bw.Flush(); err != nil {
					return err
				}
			}
		}
	}
}

// readLine reads one line without its end (crawl.ReadLine). A line longer
// than max is read through and dropped, with errLineTooLong. The last line
// may lack its newline; io.EOF comes only when no line is left.
func readLine(br *bufio.Reader, max int64) ([]byte, error) {
	line, tooLong, err := crawl.ReadLine(br, max)
	if err != nil {
		return nil, err
	}
	if tooLong {
		return nil, fmt.Errorf("%w (%s)", errLineTooLong, byteSize(max))
	}
	return line, nil
}

// cleaned is the result of one input line: a record as a line of JSON, and
// the --explain lines.
type cleaned struct {
	record    []byte
	explained string
}

// cleanRecord cleans the record on one input line. A panic while cleaning
// it gives an error record, "internal error: …", like any other failure.
func cleanRecord(ctx context.Context, n int, raw []byte, readErr error, opts *options) (c cleaned) {
	var id json.RawMessage
	err := guard(func() error {
		if readErr != nil {
			return readErr
		}
		var in inRecord
		if err := json.Unmarshal(raw, &in); err != nil {
			// A field of the wrong type fails the record, not its id: read
			// apart, it names the record in the error.
			var idOnly struct {
				ID json.RawMessage `json:"id"`
			}
			if json.Unmarshal(raw, &idOnly) == nil {
				id = validID(idOnly.ID)
			}
			return fmt.Errorf("not a JSON record: %w", err)
		}
		id = validID(in.ID)
		xo := extract.Options{URL: in.URL, Images: opts.images, NoLinks: opts.noLinks, NoComments: opts.noComments, Explain: opts.explain, Limits: opts.limits()}
		var data string
		switch {
		case in.HTML != nil:
			xo.Input, data = extract.HTML, *in.HTML
		case in.Text != nil:
			xo.Input, data = extract.Text, *in.Text
		default:
			return errors.New(`record has neither "html" nor "text"`)
		}
		doc, err := extractDoc(ctx, []byte(data), xo)
		if err != nil {
			return err
		}
		if err := opts.filter(doc); err != nil {
			reason, ok := skipped(err)
			if !ok {
				return err
			}
			c = cleaned{record: record{ID: id, Line: n, Skipped: reason}.marshal()}
			return nil
		}
		rec := newRecord(doc)
		rec.ID = id
		c = cleaned{record: rec.marshal()}
		if opts.explain {
			var sb strings.Builder
			explain(&sb, fmt.Sprintf("line %d", n), doc)
			c.explained = sb.String()
		}
		return nil
	})
	if err != nil {
		return cleaned{record: record{ID: id, Line: n, Error: err.Error()}.marshal()}
	}
	return c
}

// validID returns a record's id as valid UTF-8 JSON: encoded again, the
// invalid bytes become U+FFFD.
func validID(id json.RawMessage) json.RawMessage {
	if utf8.Valid(id) {
		return id
	}
	var v any
	json.Unmarshal(id, &v)
	id, _ = json.Marshal(v)
	return id
}
