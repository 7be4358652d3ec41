package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pare-dev/pare/crawl"
	"github.com/pare-dev/pare/extract"
)

// innerPage is a page held inside a file: a response record of a WARC file,
// or a line of a JSONL file given to --jsonl.
type innerPage struct {
	warc *crawl.Page

	line int    // JSONL: the line's number, from 1
	raw  []byte // JSONL: the line
	err  error  // JSONL: the line could not be read whole
	id   json.RawMessage
}

// input returns the page's bytes and the options to extract them with. xo
// holds the command's options; path is the file that holds the page.
func (p *innerPage) input(xo extract.Options, path string) ([]byte, extract.Options, error) {
	xo.Source = path
	if p.warc != nil {
		xo.URL, xo.ContentType = p.warc.URL, p.warc.ContentType
		if xo.Input == extract.Auto {
			xo.Input = extract.HTML
		}
		return p.warc.Body, xo, nil
	}
	if p.err != nil {
		return nil, xo, p.err
	}
	l, err := crawl.ParseLine(p.raw)
	p.id = l.ID
	if err != nil {
		return nil, xo, err
	}
	xo.URL, xo.Input = l.URL, extract.Text
	if l.HTML {
		xo.Input = extract.HTML
	}
	return []byte(l.Body), xo, nil
}

// key tells the page apart from the others of its file: its record's
// offset, or its line.
func (p *innerPage) key() int64 {
	if p.warc != nil {
		return p.warc.Offset
	}
	return int64(p.line)
}

// isWARCName reports whether a file's name says it is a WARC file.
func isWARCName(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".warc") || strings.HasSuffix(n, ".warc.gz")
}

// pageName reports whether a file's name says it is a page or a text dump
// (the default includes), which is then not opened to see if it is a WARC.
func pageName(name string) bool {
	for _, g := range defaultIncludes {
		if ok, _ := filepath.Match(g, strings.ToLower(filepath.Base(name))); ok && !isWARCName(name) {
			return true
		}
	}
	return false
}

// sniffWARC reports whether a file starts like a WARC file, plain or with
// gzip members.
func sniffWARC(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 5)
	br := bufio.NewReader(f)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return false
		}
		_, err = io.ReadFull(zr, head)
		return err == nil && string(head) == "WARC/"
	}
	_, err = io.ReadFull(br, head)
	return err == nil && string(head) == "WARC/"
}

// namesWARC reports whether one of the inputs named is a WARC file.
func (o *options) namesWARC() bool {
	for _, a := range o.args {
		if a == "-" || isURL(a) {
			continue
		}
		if fi, err := os.Stat(a); err == nil && fi.Mode().IsRegular() && (isWARCName(a) || !pageName(a) && sniffWARC(a)) {
			return true
		}
	}
	return false
}

// container walks a file that holds pages rather than being one, and
// reports whether p is such a file: a WARC file (by its name, or by its
// first bytes when it was named on the command line) or, with --jsonl, a
// JSONL file of page records.
func (w *walker) container(p string, named bool) bool {
	switch {
	case w.opts.jsonl && (strings.HasSuffix(strings.ToLower(p), ".jsonl") || strings.HasSuffix(strings.ToLower(p), ".jsonl.gz")):
		w.jsonlFile(p)
	case isWARCName(p) || named && !pageName(p) && sniffWARC(p):
		w.warcFile(p)
	default:
		return false
	}
	return true
}

// warcFile yields a job for each page of a WARC file, in the order of its
// records. A page's output is named after its URL, as a fetched page's.
// Skipped and corrupt records are counted on the first walk of the file;
// corrupt ones are reported with their offset, and the rest of the file is
// read.
func (w *walker) warcFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		w.report(path, unwrapPath(err))
		return
	}
	defer f.Close()
	rd, err := crawl.NewReader(f, w.opts.maxSize)
	if err != nil {
		w.report(path, err)
		return
	}
	defer rd.Close()
	st := &w.containers
	first := st.firstWalk(path)
	if first {
		st.warcFiles++
	}
	ext := w.opts.outFormat.ext()
	for !w.stop {
		p, err := rd.Next()
		if err == io.EOF {
			return
		}
		var re *crawl.RecordError
		switch {
		case errors.Is(err, crawl.ErrSkipped) && errors.As(err, &re):
			if first {
				st.skip(re.Reason)
			}
		case err != nil:
			if first {
				st.records++
				st.corrupt++
			}
			w.report(path, err)
		default:
			if first {
				st.records++
				st.pages++
			}
			w.push(job{
				name:  fmt.Sprintf("%s (%s@%d)", p.URL, path, p.Offset),
				path:  path,
				out:   filepath.Join(w.outDir, urlPath(p.URL)+ext),
				dir:   filepath.Dir(path),
				inner: &innerPage{warc: p},
			})
		}
	}
}

// jsonlFile yields a job for each line of a JSONL file of page records,
// gzip-compressed when its name ends in .gz.
func (w *walker) jsonlFile(path string) {
	f, err := os.Open(path)
	if err != nil {
		w.report(path, unwrapPath(err))
		return
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(strings.ToLower(path), ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			w.report(path, err)
			return
		}
		r = zr
	}
	st := &w.containers
	first := st.firstWalk(path)
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; !w.stop; n++ {
		raw, err := readLine(br, w.opts.maxSize)
		if err == io.EOF {
			return
		}
		if err != nil && !errors.Is(err, errLineTooLong) {
			w.report(path, fmt.Errorf("line %d: %w", n, err))
			return
		}
		if first {
			st.lines++
		}
		w.push(job{
			name:  fmt.Sprintf("%s:%d", path, n),
			path:  path,
			dir:   filepath.Dir(path),
			inner: &innerPage{line: n, raw: raw, err: err},
		})
	}
}

// containerStats counts what the WARC and JSONL files of a batch held, on
// the first walk of each file.
type containerStats struct {
	seen      map[uint64]bool
	warcFiles int
	records   int // WARC records: pages, skipped and corrupt
	pages     int
	corrupt   int
	skipped   map[string]int // by reason
	lines     int            // JSONL lines
}

// firstWalk reports whether the file is walked for the first time.
func (s *containerStats) firstWalk(path string) bool {
	if s.seen == nil {
		s.seen = map[uint64]bool{}
	}
	h := hash64(filepath.Clean(path))
	if s.seen[h] {
		return false
	}
	s.seen[h] = true
	return true
}

func (s *containerStats) skip(reason string) {
	if s.skipped == nil {
		s.skipped = map[string]int{}
	}
	s.skipped[reason]++
	s.records++
}

// summary is the line that tells what the WARC files held, "" when there
// were none.
func (s *containerStats) summary() string {
	if s.warcFiles == 0 {
		return ""
	}
	n := 0
	reasons := make([]string, 0, len(s.skipped))
	for r, c := range s.skipped {
		n += c
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		a, b := reasons[i], reasons[j]
		if s.skipped[a] != s.skipped[b] {
			return s.skipped[a] > s.skipped[b]
		}
		return a < b
	})
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s: WARC: %d %s, %d records: %d pages, %d skipped", programName,
		s.warcFiles, plural(s.warcFiles, "file", "files"), s.records, s.pages, n)
	if n > 0 {
		sb.WriteString(" (")
		for i, r := range reasons {
			if i > 0 {
				sb.WriteString(", ")
			}
			fmt.Fprintf(&sb, "%d %s", s.skipped[r], r)
		}
		sb.WriteString(")")
	}
	fmt.Fprintf(&sb, ", %d corrupt\n", s.corrupt)
	return sb.String()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
