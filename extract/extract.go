package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/htmlpage"
	"github.com/pare-dev/pare/extract/internal/stop"
	"github.com/pare-dev/pare/extract/internal/textdump"
	"github.com/pare-dev/pare/internal/mdsafe"
)

// Extract reads a whole page from r and returns its article: it is
// ExtractContext without a context of the caller's.
func Extract(r io.Reader, opts Options) (*Document, error) {
	return ExtractContext(context.Background(), r, opts)
}

// ExtractBytes is Extract on bytes already in memory.
func ExtractBytes(b []byte, opts Options) (*Document, error) {
	return ExtractBytesContext(context.Background(), b, opts)
}

// ExtractContext reads a whole page from r and returns its article.
//
// The error is ErrEmpty, ErrBinary or ErrNoContent (wrapped) when the input
// holds no article; ErrLimit when it is over one of opts.Limits (its
// timeout included); ErrInternal when pare failed on it (a panic, caught);
// ctx's error when ctx ends first; or the reader's own error.
func ExtractContext(ctx context.Context, r io.Reader, opts Options) (doc *Document, err error) {
	defer recoverInternal(&doc, &err)
	lim := opts.Limits.resolve()
	if lim.MaxBytes >= 0 {
		// Read one byte past the limit, not to the end of an endless
		// input.
		r = io.LimitReader(r, int64(lim.MaxBytes)+1)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return ExtractBytesContext(ctx, b, opts)
}

// ExtractBytesContext is ExtractContext on bytes already in memory.
func ExtractBytesContext(ctx context.Context, b []byte, opts Options) (doc *Document, err error) {
	defer recoverInternal(&doc, &err)
	lim := opts.Limits.resolve()
	ctx, cancel := lim.withDeadline(ctx)
	defer cancel()
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	if lim.MaxBytes >= 0 && len(b) > lim.MaxBytes {
		return nil, lim.errTooLarge()
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	if isBinary(b) {
		return nil, ErrBinary
	}
	b = toUTF8(b, opts.ContentType)
	in := opts.Input
	if in == Auto {
		in = Text
		if looksLikeHTML(b) {
			in = HTML
		}
	}
	if in == HTML {
		if err := checkMarkup(ctx, b, lim); err != nil {
			return nil, err
		}
		var doc *Document
		root, err := htmlpage.Parse(b)
		if err == nil {
			// b is not used past here: on a huge page its bytes are let
			// go (when the caller holds them no more) while the article is
			// found.
			doc, err = htmlpage.FromTree(ctx, root, htmlpage.Options{URL: opts.URL, Images: opts.Images, NoLinks: opts.NoLinks, NoComments: opts.NoComments})
		} else if errors.Is(err, htmlpage.ErrUnparsable) {
			// A page the parser refuses (nested past its limit) is read as
			// the text a browser would show.
			doc, err = fromTextLimited(ctx, htmlpage.PageText(b), lim, opts)
		}
		if err != nil {
			return nil, err
		}
		return finish(doc, opts)
	}
	doc, err = fromTextLimited(ctx, string(b), lim, opts)
	if err != nil {
		return nil, err
	}
	return finish(doc, opts)
}

// recoverInternal makes a panic below it (in pare, in the libraries it
// calls or in the caller's reader) the document's error: one odd page must
// not bring down a batch. Deferred, it sets *doc and *err.
func recoverInternal(doc **Document, err *error) {
	if r := recover(); r != nil {
		*doc, *err = nil, fmt.Errorf("%w: %v", ErrInternal, r)
	}
}

// fromTextLimited is fromText on a text within the line limit, under ctx.
func fromTextLimited(ctx context.Context, s string, lim Limits, opts Options) (*Document, error) {
	if err := checkLines(s, lim); err != nil {
		return nil, err
	}
	return textdump.FromTextContext(ctx, s, textdump.Options{NoComments: opts.NoComments, Explain: opts.Explain})
}

// finish fills what both paths share and rejects an empty article.
func finish(doc *Document, opts Options) (*Document, error) {
	if u := mdsafe.WebURL(opts.URL); u != "" {
		doc.URL = u
	}
	doc.Source = opts.Source
	if article.TextLengthUnder(doc.Blocks, article.MinArticleRunes) {
		return nil, ErrNoContent
	}
	if isErrorPage(doc.Title, doc.Blocks) {
		return nil, fmt.Errorf("%w: the page is an HTTP error page", ErrNoContent)
	}
	return doc, nil
}
