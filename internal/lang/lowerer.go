package lang

import (
	"encoding/binary"
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
	i := firstChange(s)
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
	// The rest is lowered lowerWindow bytes at a time into a buffer on
	// the stack, each written to the Builder in one piece: writing each
	// changed piece of a line to the Builder cost more than the
	// lowering. A window ends before a character's first byte (a cut
	// inside a character that is not UTF-8 finds it not UTF-8 all the
	// same, and strings.ToLower reads all of s then).
	var stack [lowerWindow * 3 / 2]byte
	for i < len(s) {
		j := min(len(s), i+lowerWindow)
		for k := 0; k < utf8.UTFMax-1 && j < len(s) && j > i+1 && s[j]&0xC0 == 0x80; k++ {
			j--
		}
		t, ok := appendLower(stack[:0], s[:j], i)
		if !ok {
			// Not UTF-8: as strings.ToLower writes it, in a copy of
			// its own (what was written here is left unused).
			return strings.ToLower(s)
		}
		b.Write(t)
		i = j
	}
	return b.String()[from:]
}

// lowerWindow is how many bytes of a text Lowerer.ToLower lowers on the
// stack at a time: a window's lower case takes at most half as many more.
const lowerWindow = 256

// firstChange returns the index of the first byte of s that
// strings.ToLower changes (a capital, a letter outside ASCII that
// lowers to another, a byte that is not UTF-8), or len(s): most lines
// have a capital early, and those that have none are returned as they
// are.
func firstChange(s string) int {
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
	return i
}

// appendLower appends s[i:] lower-cased to t, as strings.ToLower lowers
// it, eight bytes of ASCII at a time whether or not they hold a capital;
// it reports false, and t as far as it got, at a byte that is not UTF-8.
// A rune may grow by a byte when lower-cased (U+023A is two bytes, its
// small letter three): t grows as a slice does.
func appendLower(t []byte, s string, i int) ([]byte, bool) {
	for i < len(s) {
		if i+8 <= len(s) {
			if x := word8(s, i); x&highBits == 0 {
				t = binary.LittleEndian.AppendUint64(t, x|upperBytes(x)>>2) // a capital's 0x20 bit is clear
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			t = append(t, c)
			i++
			continue
		}
		if IsBoxRune(s, i) {
			t = append(t, s[i:i+3]...)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return t, false
		}
		if l := lowerRune(r); l != r {
			t = utf8.AppendRune(t, l)
		} else {
			t = append(t, s[i:i+size]...)
		}
		i += size
	}
	return t, true
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
