package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/pare-dev/pare/clean"
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
		doc, err := fromHTML(b, opts)
		if errors.Is(err, errUnparsable) {
			// A page the parser refuses (nested past its limit) is read as
			// the text a browser would show.
			doc, err = fromText(pageText(b), opts), nil
		}
		if err != nil {
			return nil, err
		}
		return finish(doc, opts)
	}
	return finish(fromText(string(b), opts), opts)
}

// finish fills what both paths share and rejects an empty article.
func finish(doc *Document, opts Options) (*Document, error) {
	if u := WebURL(opts.URL); u != "" {
		doc.URL = u
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
func textLength(blocks []clean.Block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.Plain)
	}
	return n
}
