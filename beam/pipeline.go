// Package parebeam is pare as an Apache Beam pipeline: it reads WARC files,
// JSONL files of page records and single pages from globs on any file
// system Beam knows (local, gs://, s3://), extracts each page's article
// with pare's extract package, and writes the records, one JSON object a
// line, in shards.
//
// The records are those of pare --jsonl on the same files: the same
// fields, the same values, the same error records (order aside).
package parebeam

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	model "github.com/pare-dev/pare/article"
	"hash/fnv"
	"io"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/pare-dev/pare/clean/site"
	"github.com/pare-dev/pare/crawl"
	"github.com/pare-dev/pare/extract"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*Page)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(Page), error](&readPagesFn{})
	register.Emitter1[Page]()
	register.DoFn2x1[context.Context, Page, string](&extractFn{})
	beam.RegisterType(reflect.TypeOf((*SiteCounts)(nil)).Elem())
	register.DoFn2x0[Page, func(string, []uint64)](&fingerprintFn{})
	register.Emitter2[string, []uint64]()
	register.Combiner3[SiteCounts, []uint64, SiteCounts](&siteCountsFn{})
	register.DoFn3x1[context.Context, Page, func(*string, *SiteCounts) bool, string](&learnedExtractFn{})
	register.Iter2[string, SiteCounts]()
	register.DoFn1x2[string, int, string](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Iter1[string]()
}

// Options set the pipeline.
type Options struct {
	MaxSize int64  // pages and lines larger than this are skipped or refused (pare's --max-size)
	Images  bool   // keep images (pare's --images)
	Shards  int    // number of output files
	Suffix  string // of the output files' names, ".jsonl" when empty

	// Learn drops the blocks that recur on many pages of a site
	// (footers, comment policies), as pare --jsonl does unless --no-learn.
	Learn bool
}

// Build adds the pipeline to s: the files matching globs are read, their
// pages extracted, and the records written to files named
// PREFIX-SSSSS-of-NNNNN.jsonl. It returns the records.
func Build(s beam.Scope, globs []string, prefix string, o Options) beam.PCollection {
	if o.MaxSize <= 0 {
		o.MaxSize = 32 << 20
	}
	if o.Shards <= 0 {
		o.Shards = 1
	}
	if o.Suffix == "" {
		o.Suffix = ".jsonl"
	}
	var matches []beam.PCollection
	for _, g := range globs {
		matches = append(matches, fileio.MatchFiles(s, g))
	}
	files := fileio.ReadMatches(s, beam.Flatten(s, matches...), fileio.ReadUncompressed())
	pages := beam.ParDo(s, &readPagesFn{MaxSize: o.MaxSize}, files)
	// Pages of one file are spread over the workers.
	pages = beam.Reshuffle(s, pages)
	var records beam.PCollection
	if o.Learn {
		records = beam.ParDo(s, &learnedExtractFn{extractFn: extractFn{Images: o.Images}},
			pages, beam.SideInput{Input: learnSites(s.Scope("learn"), pages, o.Images)})
	} else {
		records = beam.ParDo(s, &extractFn{Images: o.Images}, pages)
	}
	keyed := beam.ParDo(s, &shardFn{Shards: o.Shards}, records)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Suffix: o.Suffix, Shards: o.Shards}, beam.GroupByKey(s, keyed))
	return records
}

// Page is one page read out of a file: a WARC response record, a line of a
// JSONL file, or a whole file.
type Page struct {
	Source string // the file

	// WARC
	URL, RecordID, Date, ContentType string

	// JSONL
	Line    int    // from 1; 0 for pages that are no JSONL line
	ReadErr string // the line could not be read whole

	Body []byte
	WARC bool
}

// readPagesFn reads the pages of one file.
type readPagesFn struct {
	MaxSize int64
}

func (fn *readPagesFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Page)) error {
	name := f.Metadata.Path
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("open %s: %w", name, err)
	}
	defer rc.Close()
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".jsonl"), strings.HasSuffix(lower, ".jsonl.gz"):
		return fn.jsonl(ctx, name, rc, emit)
	case strings.HasSuffix(lower, ".warc"), strings.HasSuffix(lower, ".warc.gz"):
		return fn.warc(ctx, name, rc, emit)
	}
	br := bufio.NewReader(rc)
	if isWARC(br) {
		return fn.warc(ctx, name, br, emit)
	}
	body, err := io.ReadAll(io.LimitReader(br, fn.MaxSize+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(body)) > fn.MaxSize {
		beam.NewCounter("pare", "files too large").Inc(ctx, 1)
		return nil
	}
	emit(Page{Source: name, Body: body})
	return nil
}

// isWARC reports whether the file starts like a WARC file, plain or gzip.
func isWARC(br *bufio.Reader) bool {
	head, _ := br.Peek(512)
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return true
	}
	if !bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return false
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return false
	}
	magic := make([]byte, 5)
	_, err = io.ReadFull(zr, magic)
	return err == nil && string(magic) == "WARC/"
}

func (fn *readPagesFn) warc(ctx context.Context, name string, r io.Reader, emit func(Page)) error {
	rd, err := crawl.NewReader(r, fn.MaxSize)
	if err != nil {
		return err
	}
	defer rd.Close()
	for {
		p, err := rd.Next()
		var re *crawl.RecordError
		switch {
		case err == io.EOF:
			return nil
		case errors.Is(err, crawl.ErrSkipped) && errors.As(err, &re):
			beam.NewCounter("pare", "skipped: "+re.Reason).Inc(ctx, 1)
		case err != nil:
			beam.NewCounter("pare", "corrupt records").Inc(ctx, 1)
			log.Warnf(ctx, "%s: %v", name, err)
		default:
			beam.NewCounter("pare", "WARC pages").Inc(ctx, 1)
			emit(Page{Source: name, URL: p.URL, RecordID: p.RecordID, Date: p.Date,
				ContentType: p.ContentType, Body: p.Body, WARC: true})
		}
	}
}

func (fn *readPagesFn) jsonl(ctx context.Context, name string, r io.Reader, emit func(Page)) error {
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r = zr
	}
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, tooLong, err := crawl.ReadLine(br, fn.MaxSize)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: line %d: %w", name, n, err)
		}
		p := Page{Source: name, Line: n, Body: line}
		if tooLong {
			p.ReadErr = "line longer than --max-size"
		}
		emit(p)
	}
}

// Record is the JSON record of a page: the fields of pare --jsonl (those
// of article.Record, and the WARC record's id and date).
type Record struct {
	model.Record
	WARCRecordID string `json:"warc_record_id,omitempty"`
	WARCDate     string `json:"warc_date,omitempty"`
}

// extractFn extracts one page and returns its record as a line of JSON.
type extractFn struct {
	Images bool
}

func (fn *extractFn) ProcessElement(ctx context.Context, p Page) string {
	doc, id, err := fn.extract(p)
	return record(ctx, p, doc, id, err)
}

// extract extracts a page; id is a JSONL record's id.
func (fn *extractFn) extract(p Page) (doc *extract.Document, id json.RawMessage, err error) {
	doc, err = func() (*extract.Document, error) {
		xo := extract.Options{Source: p.Source, Images: fn.Images}
		switch {
		case p.WARC:
			xo.Input, xo.URL, xo.ContentType = extract.HTML, p.URL, p.ContentType
			return extract.ExtractBytes(p.Body, xo)
		case p.Line > 0:
			if p.ReadErr != "" {
				return nil, errors.New(p.ReadErr)
			}
			l, err := crawl.ParseLine(p.Body)
			id = l.ID
			if err != nil {
				return nil, err
			}
			xo.URL, xo.Input = l.URL, extract.Text
			if l.HTML {
				xo.Input = extract.HTML
			}
			return extract.ExtractBytes([]byte(l.Body), xo)
		}
		return extract.ExtractBytes(p.Body, xo)
	}()
	return doc, id, err
}

// record returns the record of a page as a line of JSON.
func record(ctx context.Context, p Page, doc *extract.Document, id json.RawMessage, err error) string {
	var rec Record
	if err != nil {
		beam.NewCounter("pare", "errors").Inc(ctx, 1)
		src := p.Source
		rec.Record = model.Record{Source: &src, Error: err.Error()}
		if p.URL != "" {
			url := p.URL
			rec.URL = &url
		}
		if p.Line > 0 {
			rec.Line = p.Line
		}
	} else {
		beam.NewCounter("pare", "pages").Inc(ctx, 1)
		rec.Record = doc.Record()
	}
	rec.ID = id
	if p.WARC {
		rec.WARCRecordID, rec.WARCDate = p.RecordID, p.Date
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		buf.Reset()
		rec.ID, rec.Error = nil, "bad id: "+err.Error()
		enc.Encode(rec)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// siteKey names the site of a page as pare does: its host, or the folder
// of its file when it has no URL.
func siteKey(p Page, doc *extract.Document) string {
	return site.Key(doc, filepath.Dir(p.Source))
}

// learnSites returns, for each site, the counts of its pages and of the
// pages each of its blocks is on: the first of pare's two passes, as a
// combine per site.
func learnSites(s beam.Scope, pages beam.PCollection, images bool) beam.PCollection {
	fps := beam.ParDo(s, &fingerprintFn{extractFn: extractFn{Images: images}}, pages)
	return beam.CombinePerKey(s, &siteCountsFn{MinPages: learnMinPages}, fps)
}

// pare's thresholds of the learned boilerplate (cmd/pare's learnMinPages
// and learnMinShare).
const (
	learnMinPages = site.DefaultMinPages
	learnMinShare = site.DefaultMinShare
)

// fingerprintFn extracts a page and keys its block fingerprints by site.
type fingerprintFn struct {
	extractFn
}

func (fn *fingerprintFn) ProcessElement(p Page, emit func(string, []uint64)) {
	doc, _, err := fn.extract(p)
	if err != nil {
		return
	}
	key := siteKey(p, doc)
	emit(key, site.Fingerprints(key, doc.Blocks))
}

// SiteCounts are the counts of one site that site.Model.AddCounts takes:
// its pages, and how many of them each block fingerprint is on.
type SiteCounts struct {
	Pages  int
	Blocks map[uint64]int
}

// siteCountsFn sums the fingerprints of a site's pages. Its output keeps
// only the blocks on at least MinPages pages, and none for a site of fewer
// pages: the others are never dropped.
type siteCountsFn struct {
	MinPages int
}

func (fn *siteCountsFn) CreateAccumulator() SiteCounts {
	return SiteCounts{Blocks: map[uint64]int{}}
}

func (fn *siteCountsFn) AddInput(a SiteCounts, fps []uint64) SiteCounts {
	if a.Blocks == nil {
		a.Blocks = map[uint64]int{}
	}
	a.Pages++
	for _, fp := range fps {
		a.Blocks[fp]++
	}
	return a
}

func (fn *siteCountsFn) MergeAccumulators(a, b SiteCounts) SiteCounts {
	if len(a.Blocks) < len(b.Blocks) {
		a, b = b, a
	}
	if a.Blocks == nil {
		a.Blocks = map[uint64]int{}
	}
	a.Pages += b.Pages
	for fp, n := range b.Blocks {
		a.Blocks[fp] += n
	}
	return a
}

func (fn *siteCountsFn) ExtractOutput(a SiteCounts) SiteCounts {
	out := SiteCounts{Pages: a.Pages, Blocks: map[uint64]int{}}
	if a.Pages < fn.MinPages {
		return out
	}
	for fp, n := range a.Blocks {
		if n >= fn.MinPages {
			out.Blocks[fp] = n
		}
	}
	return out
}

// learnedExtractFn extracts a page and drops the blocks its site's counts,
// a side input, show to recur: pare's second pass.
type learnedExtractFn struct {
	extractFn
	model *site.Model // built from the side input on the first page
}

func (fn *learnedExtractFn) ProcessElement(ctx context.Context, p Page, sites func(*string, *SiteCounts) bool) string {
	if fn.model == nil {
		fn.model = site.NewModel(learnMinPages, learnMinShare)
		var key string
		var c SiteCounts
		for sites(&key, &c) {
			fn.model.AddCounts(key, c.Pages, c.Blocks)
		}
	}
	doc, id, err := fn.extract(p)
	if err == nil {
		fn.model.Prune(doc, siteKey(p, doc))
	}
	return record(ctx, p, doc, id, err)
}

// shardFn keys a record by its shard, from a hash of its text, so that a
// run gives the same shards whatever the runner.
type shardFn struct {
	Shards int
}

func (fn *shardFn) ProcessElement(line string) (int, string) {
	h := fnv.New32a()
	io.WriteString(h, line)
	return int(h.Sum32() % uint32(fn.Shards)), line
}

// writeShardFn writes the records of one shard to its file.
type writeShardFn struct {
	Prefix, Suffix string
	Shards         int
}

// ShardName is the name of shard i of n.
func ShardName(prefix, suffix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d%s", prefix, i, n, suffix)
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) error {
	name := ShardName(fn.Prefix, fn.Suffix, shard, fn.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return err
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var line string
	for lines(&line) {
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}
