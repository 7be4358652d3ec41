package lang

import (
	"strings"
	"unicode/utf8"
)

// Lowerer lower-cases many short texts, as ToLower does, into buffers it
// shares among them: ToLower makes one allocation for each text that
// changes, and a dump's line reader lower-cases every line. The texts it
// returns are immutable and stay valid as long as they are held (a buffer
// is never written again where a text was returned from it); holding any
// of them holds its buffer. The zero Lowerer is ready to use; a Lowerer is
// for one goroutine at a time.
type Lowerer struct {
	b     strings.Builder
	chunk int // the size of a new buffer, at least
}

// lowererChunk is the size of a Lowerer's buffers when Size gives none,
// and the most Size gives: the last buffer's room left unused stays small
// (many lines need no change, and a dump's size overstates what is
// written), and a huge dump is lower-cased into many buffers rather than
// one that grows by copying itself.
const lowererChunk = 4 << 10

// Size says how many bytes the texts to come hold in all, about: the
// buffers are made at that size, up to a limit (and at least as big as a
// text needs).
func (lw *Lowerer) Size(n int) {
	lw.chunk = min(max(n, 0), lowererChunk)
}

// room makes sure the buffer can take n more bytes without growing, in a
// new buffer when the current one cannot: the texts returned from it keep
// it.
func (lw *Lowerer) room(n int) {
	if lw.b.Cap()-lw.b.Len() >= n {
		return
	}
	size := lw.chunk
	if size == 0 {
		size = lowererChunk
	}
	lw.b = strings.Builder{}
	lw.b.Grow(max(size, n))
}

// ToLower returns strings.ToLower(s) (as ToLower does); s itself when it
// needs no change.
func (lw *Lowerer) ToLower(s string) string {
	// The first byte that changes: most lines have a capital early, and
	// those that have none are returned as they are.
	i := 0
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		if IsBoxRune(s, i) {
			i += 3 // no case
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || lowerRune(r) != r {
			break
		}
		i += size
	}
	if i == len(s) {
		return s
	}
	// Room for the text: a rune may grow by a byte when lower-cased
	// (U+023A is two bytes, its small letter three), and then the buffer
	// grows as a Builder does, copying what it holds (the texts returned
	// keep the old one).
	lw.room(len(s))
	b := &lw.b
	from := b.Len()
	b.WriteString(s[:i])
	start := i // s[start:i] needs no change and is not written yet
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b.WriteString(s[start:i])
				b.WriteByte(c + 'a' - 'A')
				start = i + 1
			}
			i++
			continue
		}
		if IsBoxRune(s, i) {
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Not UTF-8: as strings.ToLower writes it, in a copy of its
			// own (what was written here is left unused).
			return strings.ToLower(s)
		}
		if l := lowerRune(r); l != r {
			b.WriteString(s[start:i])
			b.WriteRune(l)
			start = i + size
		}
		i += size
	}
	b.WriteString(s[start:])
	return b.String()[from:]
}
