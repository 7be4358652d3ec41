package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	neturl "net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/pare-dev/pare/extract"
)

// ErrTooLarge is returned for a fetched page larger than the size cap.
var ErrTooLarge = errors.New("page larger than --max-size")

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
	body  []byte
	url   string        // the final URL, after redirects
	input extract.Input // HTML or Text when the Content-Type says so
}

// fetch gets url and returns its body, decoded to UTF-8 when the
// Content-Type names another charset.
func (f *fetcher) fetch(ctx context.Context, url string) (*page, error) {
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
	if resp.ContentLength > f.maxSize {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, resp.ContentLength)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read body: %w", err)
	}
	if int64(len(body)) > f.maxSize {
		return nil, ErrTooLarge
	}
	p := &page{body: body, url: resp.Request.URL.String()}
	ctype := resp.Header.Get("Content-Type")
	mt, params, _ := mime.ParseMediaType(ctype)
	switch mt {
	case "text/html", "application/xhtml+xml":
		p.input = extract.HTML
	case "text/plain":
		p.input = extract.Text
	}
	if cs := strings.ToLower(params["charset"]); cs != "" && cs != "utf-8" && cs != "utf8" {
		if r, err := charset.NewReaderLabel(cs, strings.NewReader(string(body))); err == nil {
			if b, err := io.ReadAll(r); err == nil {
				p.body = b
			}
		}
	}
	return p, nil
}
