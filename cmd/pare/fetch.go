package main

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	neturl "net/url"
	"strings"
	"time"

	"github.com/pare-dev/pare/extract"
)

// errNotWebPage reports a fetched URL whose Content-Type is neither a web
// page nor plain text (a PDF, JSON, a script, an image…).
var errNotWebPage = errors.New("not a web page")

// isURL reports whether an input names an http or https URL.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// fetcher gets pages over HTTP with a timeout, a size cap and pare's own
// User-Agent.
type fetcher struct {
	client  *http.Client
	maxSize int64
}

func newFetcher(timeout time.Duration, maxSize int64) *fetcher {
	return &fetcher{client: &http.Client{Timeout: timeout}, maxSize: maxSize}
}

// userAgent names pare in requests.
func userAgent() string {
	return "pare/" + version + " (+https://github.com/pare-dev/pare)"
}

// page is a fetched page.
type page struct {
	body        []byte
	url         string        // the final URL, after redirects
	input       extract.Input // HTML or Text when the Content-Type says so
	contentType string        // the Content-Type header, as sent
	release     func()        // gives the body's bytes back to the budget
}

// fetch gets url and returns its body and its Content-Type, whose charset
// extract applies (a byte-order mark wins over it). A Content-Type other than a web page
// or plain text is refused, naming the type, before the body is read; the
// body is read up to --max-size, its bytes reserved in bud.
func (f *fetcher) fetch(ctx context.Context, url string, bud *budget) (*page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", userAgent())
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := f.client.Do(req)
	if err != nil {
		var ue *neturl.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	p := &page{url: resp.Request.URL.String(), contentType: resp.Header.Get("Content-Type")}
	mt, _, _ := mime.ParseMediaType(p.contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		p.input = extract.HTML
	case "text/plain":
		p.input = extract.Text
	case "":
		// No type, or one that cannot be parsed: the bytes tell.
	default:
		return nil, fmt.Errorf("%w: %s", errNotWebPage, mt)
	}
	body, release, err := readInput(ctx, resp.Body, resp.ContentLength, f.maxSize, bud)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("read body: %w", err)
	}
	p.body, p.release = body, release
	return p, nil
}
