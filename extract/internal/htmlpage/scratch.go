package htmlpage

import "sync"

// scratchBufs holds byte buffers between pages, with the room they grew
// to: the buffers a page's text is gathered in (textWalker) doubled from
// nothing to the page's longest text on every page.
var scratchBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledScratch is the most room a buffer may have to go back to the
// pool: a huge page's is let go.
const maxPooledScratch = 1 << 20

// takeScratch returns an empty buffer and its holder, for giveScratch.
func takeScratch() (*[]byte, []byte) {
	p := scratchBufs.Get().(*[]byte)
	return p, (*p)[:0]
}

// giveScratch gives b, a buffer grown from the one takeScratch returned
// with p, back to the pool. Nothing may read b after.
func giveScratch(p *[]byte, b []byte) {
	if p == nil || cap(b) > maxPooledScratch {
		return
	}
	*p = b[:0]
	scratchBufs.Put(p)
}
