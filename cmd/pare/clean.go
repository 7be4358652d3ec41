package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

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
}

// cleaner reads inputs and extracts their articles.
type cleaner struct {
	opts  *options
	stdin io.Reader
	fetch *fetcher

	// cache holds fetched pages between the passes of a batch, so that
	// each URL is fetched once; nil outside a batch.
	mu    sync.Mutex
	cache map[string]*page
}

// get fetches a page, or takes it from the cache.
func (c *cleaner) get(ctx context.Context, url string) (*page, error) {
	c.mu.Lock()
	p := c.cache[url]
	c.mu.Unlock()
	if p != nil {
		return p, nil
	}
	p, err := c.fetch.fetch(ctx, url)
	if err == nil && c.cache != nil {
		c.mu.Lock()
		c.cache[url] = p
		c.mu.Unlock()
	}
	return p, err
}

// forget drops a page from the cache once it is written.
func (c *cleaner) forget(url string) {
	c.mu.Lock()
	delete(c.cache, url)
	c.mu.Unlock()
}

func newCleaner(opts *options, stdin io.Reader) *cleaner {
	return &cleaner{opts: opts, stdin: stdin, fetch: newFetcher(opts.timeout, opts.maxSize)}
}

// clean reads the job's input and returns its article.
func (c *cleaner) clean(ctx context.Context, j *job) (*extract.Document, error) {
	xo := extract.Options{Input: c.opts.inputKind, URL: c.opts.url, Images: c.opts.images}
	var data []byte
	var err error
	switch {
	case j.url != "":
		p, err := c.get(ctx, j.url)
		if err != nil {
			return nil, err
		}
		data = p.body
		xo.URL = p.url
		if xo.Input == extract.Auto {
			xo.Input = p.input
		}
	case j.path == "":
		data, err = io.ReadAll(c.stdin)
	default:
		data, err = os.ReadFile(j.path)
		xo.Source = j.path
	}
	if err != nil {
		return nil, unwrapPath(err)
	}
	return extract.ExtractBytes(data, xo)
}

// runOne cleans one input to standard output or to the -o file.
func runOne(ctx context.Context, ios *streams, opts *options) error {
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
	doc, err := newCleaner(opts, ios.in).clean(ctx, j)
	if err != nil {
		return fmt.Errorf("%s: %w", displayName(j.name), err)
	}
	if opts.explain {
		explain(ios.err, displayName(j.name), doc)
	}
	b, err := render(doc, opts)
	if err != nil {
		return err
	}
	if opts.output == "" || opts.output == "-" {
		_, err = ios.out.Write(b)
		return err
	}
	return writeFileAtomic(opts.output, b)
}

// displayName names an input in messages.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
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
