package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract"
)

// job is one input to clean.
type job struct {
	name string // as given, for messages: a path, a URL or -
	path string // the file to read; "" for a URL or standard input
	url  string // the URL to fetch; "" for a file
	out  string // the output file, in a batch
	dir  string // the input's folder, the site's key when its URL is unknown
	seq  int    // the job's place in the batch, from 0

	inner *innerPage // a page held in the file at path: a WARC record, a JSONL line (warc.go)
}

// cleaner reads inputs and extracts their articles.
type cleaner struct {
	opts  *options
	stdin io.Reader
	fetch *fetcher
	bytes *budget // the input bytes held at a time, in a batch; nil outside one

	// cache holds fetched pages between the passes of a batch, so that
	// each URL is fetched once; nil outside a batch. It holds cacheMax
	// bytes at most: a page that would pass that is fetched again.
	mu         sync.Mutex
	cache      map[string]*page
	cacheBytes int64
	cacheMax   int64
}

// get fetches a page, or takes it from the cache. release gives back the
// page's bytes to the budget (the first time only: a cached page is held
// outside it).
func (c *cleaner) get(ctx context.Context, url string) (p *page, release func(), err error) {
	c.mu.Lock()
	p = c.cache[url]
	c.mu.Unlock()
	if p == nil {
		if p, err = c.fetch.fetch(ctx, url, c.bytes); err != nil {
			return nil, nil, err
		}
		if c.cache != nil {
			c.mu.Lock()
			if n := int64(len(p.body)); c.cacheBytes+n <= c.cacheMax {
				c.cache[url] = p
				c.cacheBytes += n
			}
			c.mu.Unlock()
		}
	}
	c.mu.Lock()
	release, p.release = p.release, nil
	c.mu.Unlock()
	return p, release, nil
}

// forget drops a page from the cache once it is written.
func (c *cleaner) forget(url string) {
	c.mu.Lock()
	if p := c.cache[url]; p != nil {
		c.cacheBytes -= int64(len(p.body))
		delete(c.cache, url)
	}
	c.mu.Unlock()
}

func newCleaner(opts *options, stdin io.Reader) *cleaner {
	return &cleaner{opts: opts, stdin: stdin, fetch: newFetcher(opts.timeout, opts.maxSize)}
}

// clean reads the job's input and returns its article. Reading and
// extracting both end as soon as ctx does.
func (c *cleaner) clean(ctx context.Context, j *job) (*extract.Document, error) {
	xo := extract.Options{Input: c.opts.inputKind, URL: c.opts.url, Images: c.opts.images, NoLinks: c.opts.noLinks, NoComments: c.opts.noComments, Explain: c.opts.explain, Limits: c.opts.limits()}
	type input struct {
		data    []byte
		release func()
	}
	var in input
	var err error
	switch {
	case j.inner != nil:
		data, xo, err := j.inner.input(xo, j.path)
		if err != nil {
			return nil, err
		}
		return extractDoc(ctx, data, xo)
	case j.url != "":
		var p *page
		p, in.release, err = c.get(ctx, j.url)
		if err != nil {
			return nil, err
		}
		in.data = p.body
		xo.URL = p.url
		if xo.Input == extract.Auto {
			xo.Input = p.input
		}
		xo.ContentType = p.contentType
	case j.path == "":
		in, err = await(ctx, func() (input, error) {
			b, release, err := readInput(ctx, c.stdin, -1, c.opts.maxSize, c.bytes)
			return input{b, release}, err
		})
	default:
		// Opened in await too: opening a fifo waits for its writer.
		in, err = await(ctx, func() (input, error) {
			b, release, err := readPath(ctx, j.path, c.opts.maxSize, c.bytes)
			return input{b, release}, err
		})
		xo.Source = j.path
	}
	if err != nil {
		return nil, unwrapPath(err)
	}
	if in.release != nil {
		defer in.release()
	}
	return extractDoc(ctx, in.data, xo)
}

// runOne cleans one input to standard output or to the -o file.
func runOne(ctx context.Context, ios *streams, opts *options) error {
	start := time.Now()
	j := &job{name: "-"}
	if len(opts.args) == 1 {
		j.name = opts.args[0]
	}
	switch {
	case isURL(j.name):
		j.url = j.name
	case j.name != "-":
		j.path = j.name
	}
	var b []byte
	err := guard(func() error {
		doc, err := newCleaner(opts, ios.in).clean(ctx, j)
		if err != nil {
			return err
		}
		if opts.explain {
			explain(ios.err, displayName(j.name), doc)
		}
		b, err = render(doc, opts)
		return err
	})
	if ctx.Err() != nil {
		return errInterrupted
	}
	if reason, ok := skipped(err); ok {
		fmt.Fprintf(ios.err, "%s: %s: skipped: %s\n", programName, displayName(j.name), reason)
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", displayName(j.name), err)
	}
	if opts.output == "" || opts.output == "-" {
		_, err = ios.out.Write(b)
		return err
	}
	newSweeper(start).sweep(filepath.Dir(opts.output))
	return writeFileAtomic(opts.output, b)
}

// displayName names an input in messages: quoted when it holds a control
// character (a newline would break the one-line messages) or bytes that
// are not UTF-8.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return quoteName(name)
}

// quoteName quotes a name, Go-style, only when it needs it.
func quoteName(name string) string {
	if !utf8.ValidString(name) || strings.ContainsFunc(name, unicode.IsControl) {
		return strconv.Quote(name)
	}
	return name
}

// explain writes one line per candidate for the article and the choice
// among them, then one line per piece of the page that a rule removed.
func explain(w io.Writer, name string, doc *extract.Document) {
	var sb strings.Builder
	for _, c := range doc.Candidates {
		fmt.Fprintf(&sb, "%s: article: %s\n", name, c)
	}
	for _, r := range doc.Removed {
		fmt.Fprintf(&sb, "%s: removed by %s: %s\n", name, r.Rule, shorten(r.Text, 160))
	}
	io.WriteString(w, sb.String())
}

// shorten folds white space in s and cuts it to at most n runes.
func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
