package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/htmlpage"
	"github.com/pare-dev/pare/extract/internal/textdump"
)

// Extract reads a whole page from r and returns its article.
//
// The error is ErrEmpty, ErrBinary or ErrNoContent (wrapped) when the input
// holds no article, or the reader's own error.
func Extract(r io.Reader, opts Options) (*Document, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	return ExtractBytes(b, opts)
}

// ExtractBytes is Extract on bytes already in memory.
func ExtractBytes(b []byte, opts Options) (*Document, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, ErrEmpty
	}
	if isBinary(b) {
		return nil, ErrBinary
	}
	b = toUTF8(b)
	in := opts.Input
	if in == Auto {
		in = Text
		if looksLikeHTML(b) {
			in = HTML
		}
	}
	if in == HTML {
		doc, err := htmlpage.FromHTML(b, htmlpage.Options{URL: opts.URL, Images: opts.Images})
		if errors.Is(err, htmlpage.ErrUnparsable) {
			// A page the parser refuses (nested past its limit) is read as
			// the text a browser would show.
			doc, err = textdump.FromText(htmlpage.PageText(b)), nil
		}
		if err != nil {
			return nil, err
		}
		return finish(doc, opts)
	}
	return finish(textdump.FromText(string(b)), opts)
}

// finish fills what both paths share and rejects an empty article.
func finish(doc *Document, opts Options) (*Document, error) {
	if opts.URL != "" {
		doc.URL = opts.URL
	}
	doc.Source = opts.Source
	if textLength(doc.Blocks) < minArticleRunes {
		return nil, ErrNoContent
	}
	return doc, nil
}

// minArticleRunes is the least visible text an article may have: below it,
// what is left is a menu word or a label, not an article.
const minArticleRunes = 25

// textLength counts the visible characters of blocks.
func textLength(blocks []article.Block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.Plain)
	}
	return n
}
