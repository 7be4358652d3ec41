package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// pageRecord is a --jsonl record of a page read from the inputs: the
// record of --format json and, for a WARC record, its id and date.
type pageRecord struct {
	record
	WARCRecordID string `json:"warc_record_id,omitempty"`
	WARCDate     string `json:"warc_date,omitempty"`
}

// jsonlFromInputs reports whether --jsonl writes the pages of the inputs
// named (files, folders, URLs, WARC and JSONL files) rather than filter
// standard input.
func (o *options) jsonlFromInputs() bool {
	if o.filesFrom != "" {
		return true
	}
	return len(o.args) > 0 && !(len(o.args) == 1 && o.args[0] == "-")
}

// runJSONLInputs writes one JSON record per page of the inputs to standard
// output, in the order of the walk: files and folders as a batch walks
// them, a WARC file's pages in the order of its records, a JSONL file's
// records in the order of its lines. A page that cannot be cleaned gives a
// record with error, as on standard input. Site boilerplate is learned
// across the inputs first, unless --no-learn: that reads and extracts every
// page twice.
//
// Pages are cleaned on -j workers and written in order; at most a few per
// worker are held at a time. The exit status is 0 when every input could
// be read (records may hold errors), 1 when an input or a WARC record
// could not.
func runJSONLInputs(ctx context.Context, ios *streams, opts *options) error {
	for _, a := range opts.args {
		if a == "-" {
			return usageErrorf("standard input (-) cannot be one of several --jsonl inputs")
		}
	}
	if opts.url != "" {
		return usageErrorf("--url names one page: it cannot apply to --jsonl inputs")
	}
	rep := newReporter(ios.err, ios.tty && !opts.quiet)
	in, err := newInputs(opts, ios.in)
	if err != nil {
		return err
	}
	s := &jsonlInputs{opts: opts, rep: rep, inputs: in, cleaner: newCleaner(opts, ios.in)}
	s.cleaner.cache = map[string]*page{}
	start := time.Now()
	err = s.run(ctx, ios.out)
	interrupted := ctx.Err() != nil
	if opts.quiet && !interrupted {
		rep.clearBar()
	} else {
		rep.clearBar()
		how := ""
		if interrupted {
			how = "interrupted: "
		}
		elapsed := time.Since(start)
		fmt.Fprintf(ios.err, "%s: %s%d records written: %d pages, %d errors; %d inputs or records unreadable, in %s (%.0f records/s)\n",
			programName, how, s.written, s.written-s.errors, s.errors, rep.failed, elapsed.Round(time.Millisecond),
			float64(s.written)/max(elapsed.Seconds(), 1e-9))
		io.WriteString(ios.err, in.containers.summary())
	}
	switch {
	case interrupted:
		return errInterrupted
	case err != nil:
		return err
	case rep.failed > 0:
		return errReported
	}
	return nil
}

// jsonlInputs is a run of --jsonl over inputs.
type jsonlInputs struct {
	opts    *options
	rep     *reporter
	inputs  *inputs
	cleaner *cleaner
	model   *siteModel // nil when not learning

	written, errors int
}

// run learns, then writes the records to w.
func (s *jsonlInputs) run(ctx context.Context, w io.Writer) error {
	total := 0
	if s.rep.bar {
		for range s.inputs.each {
			total++
		}
	}
	if !s.opts.noLearn {
		s.model = newSiteModel(learnMinPages, learnMinShare)
		s.rep.begin("learning", total)
		ok := forEach(ctx, s.opts.jobs, s.inputs.each, func(j job) {
			defer s.rep.tick()
			if doc, err := s.cleaner.clean(ctx, &j); err == nil {
				s.model.Add(siteKey(doc, j.dir), doc.Blocks)
			}
		})
		if !ok {
			return errInterrupted
		}
	}
	s.rep.begin("cleaning", total)

	type item struct {
		j   job
		out chan []byte
	}
	work := make(chan *item)
	pending := make(chan *item, 2*s.opts.jobs) // in walk order; bounds memory
	var wg sync.WaitGroup
	for range s.opts.jobs {
		wg.Go(func() {
			for it := range work {
				if ctx.Err() != nil {
					it.out <- nil
					continue
				}
				it.out <- s.record(ctx, it.j)
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(work)
		walk := walker{inputs: s.inputs, report: s.rep.fail}
		for j := range walk.all {
			it := &item{j: j, out: make(chan []byte, 1)}
			select {
			case work <- it:
			case <-ctx.Done():
				return
			}
			select {
			case pending <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	var werr error
	for it := range pending {
		rec := <-it.out
		s.rep.tick()
		if rec == nil || werr != nil {
			continue
		}
		if _, err := w.Write(rec); err != nil {
			werr = fmt.Errorf("write standard output: %w", err)
		}
	}
	wg.Wait()
	return werr
}

// record cleans one page and returns its record as a line of JSON.
func (s *jsonlInputs) record(ctx context.Context, j job) []byte {
	doc, err := s.cleaner.clean(ctx, &j)
	s.cleaner.forget(j.url)
	if err == nil {
		err = s.opts.filter(doc)
	}
	reason, skip := skipped(err)
	var rec pageRecord
	if err == nil {
		if s.model != nil {
			s.model.Prune(doc, siteKey(doc, j.dir))
		}
		if s.opts.explain {
			var sb strings.Builder
			explain(&sb, j.name, doc)
			s.rep.text(sb.String())
		}
		rec.record = newRecord(doc)
	} else {
		src, url := j.path, j.url
		if j.inner != nil && j.inner.warc != nil {
			url = j.inner.warc.URL
		}
		rec.record = record{Source: &src, Error: err.Error()}
		if skip {
			rec.record = record{Source: &src, Skipped: reason}
			err = nil
		}
		if url != "" {
			rec.URL = &url
		}
	}
	if p := j.inner; p != nil {
		if p.warc != nil {
			rec.WARCRecordID, rec.WARCDate = p.warc.RecordID, p.warc.Date
		} else {
			rec.ID = p.id
			if err != nil {
				rec.Line = p.line
			}
		}
	}
	s.rep.mu.Lock()
	s.written++
	if err != nil {
		s.errors++
	}
	s.rep.mu.Unlock()
	return rec.marshal()
}

// marshal returns rec as one line of JSON, HTML characters left as they are.
func (rec pageRecord) marshal() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		buf.Reset()
		rec.ID = nil
		rec.Error = "bad id: " + err.Error()
		enc.Encode(rec)
	}
	return buf.Bytes()
}
