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
// needs no change. Eight bytes of ASCII are read at a time: skipped when
// they hold no capital, lower-cased together when they do.
func (lw *Lowerer) ToLower(s string) string {
	// The first byte that changes: most lines have a capital early, and
	// those that have none are returned as they are.
	i := 0
	for i < len(s) {
		if i+8 <= len(s) {
			x := word8(s, i)
			if x&highBits == 0 && upperBytes(x) == 0 {
				i += 8
				continue
			}
		}
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
	start := 0 // s[start:i] needs no change and is not written yet
	var eight [8]byte
	for i < len(s) {
		if i+8 <= len(s) {
			if x := word8(s, i); x&highBits == 0 {
				if up := upperBytes(x); up != 0 {
					b.WriteString(s[start:i])
					putWord8(&eight, x|up>>2) // a capital's 0x20 bit is clear
					b.Write(eight[:])
					start = i + 8
				}
				i += 8
				continue
			}
		}
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

// upperBytes returns the high bit of each byte of x, eight ASCII bytes,
// that is a capital 'A' to 'Z': adding 0x80-'A' sets a byte's high bit
// when it is 'A' or above and adding 0x80-'Z'-1 when it is above 'Z',
// without carrying into the next byte.
func upperBytes(x uint64) uint64 {
	ge := x + (0x80-'A')*onesBytes
	gt := x + (0x80-'Z'-1)*onesBytes
	return ge &^ gt & highBits
}

// putWord8 writes x into b, little-endian: word8's inverse.
func putWord8(b *[8]byte, x uint64) {
	b[0], b[1], b[2], b[3] = byte(x), byte(x>>8), byte(x>>16), byte(x>>24)
	b[4], b[5], b[6], b[7] = byte(x>>32), byte(x>>40), byte(x>>48), byte(x>>56)
}
