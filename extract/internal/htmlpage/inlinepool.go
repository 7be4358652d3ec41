package htmlpage

import (
	"net/url"
	"sync"
)

// inlineReaders holds inlineReaders between renderings, with the room
// their buffers grew to: a reader made for each rendering grew its token
// list again, doubling up to the page's longest block, on every page.
var inlineReaders = sync.Pool{New: func() any { return new(inlineReader) }}

// maxPooledTokens is the most tokens a reader may have room for to go
// back to the pool, and maxPooledBuf the most bytes any of its buffers:
// a huge page's reader is let go.
const (
	maxPooledTokens = 1 << 16
	maxPooledBuf    = 1 << 20
)

// takeInlineReader returns a reader for the page whose URL is base, as
// the converter reads it (linkBase); release gives it back.
func takeInlineReader(base *url.URL) *inlineReader {
	r := inlineReaders.Get().(*inlineReader)
	r.base = base
	return r
}

// release gives r back to the pool, holding nothing of the page: its
// tokens and texts point into the page's tree and text.
func (r *inlineReader) release() {
	if cap(r.toks) > maxPooledTokens || cap(r.texts) > maxPooledTokens || cap(r.scratch) > maxPooledBuf {
		return
	}
	for _, b := range r.bufs {
		if cap(b) > maxPooledBuf {
			return
		}
	}
	r.noteUsed()
	clear(r.toks[:r.usedToks])
	clear(r.texts[:r.usedTexts])
	*r = inlineReader{toks: r.toks[:0], texts: r.texts[:0], bufs: r.bufs, scratch: r.scratch[:0]}
	inlineReaders.Put(r)
}

// noteUsed notes how many tokens and texts r holds, before they are let
// go for the next block's.
func (r *inlineReader) noteUsed() {
	r.usedToks = max(r.usedToks, len(r.toks))
	r.usedTexts = max(r.usedTexts, len(r.texts))
}
