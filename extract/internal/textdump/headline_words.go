package textdump

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// regionVocab counts the lines of a region's running text that the words
// of its headline candidates stand in: the share of a candidate's words
// the article holds (hfOverlap) asks for no other word, and a region holds
// far more words than its candidates do, so only theirs are counted.
type regionVocab struct {
	index  map[string]int32 // each word asked about: its place in counts
	counts []vocabCount
	ascii  [asciiKeys / 64]uint64 // the asciiKey of each word in ASCII asked about
	end    [asciiKeys / 64]uint64 // the asciiEndKey of each
	all    [asciiKeys / 64]uint64 // the asciiKey of every word asked about, read byte by byte
	allEnd [asciiKeys / 64]uint64 // the asciiEndKey of each
}

// asciiKeys is how many keys asciiKey gives.
const asciiKeys = 1024

// asciiKey sums up a word in ASCII by its length and its first letter,
// lower-cased: a word whose key is not among those of the words asked
// about is none of them.
func asciiKey(w string) uint {
	return uint(len(w))&31 | uint(w[0]|0x20)&31<<5
}

// asciiEndKey sums up a word in ASCII by its length and its last letter,
// lower-cased: a second sieve after asciiKey's.
func asciiEndKey(w string) uint {
	return uint(len(w))&31 | uint(w[len(w)-1]|0x20)&31<<5
}

// asked reports whether w, a word in ASCII, may be one of the words asked
// about in ASCII, lower-cased: its asciiKey and asciiEndKey are theirs.
func (v *regionVocab) asked(w string) bool {
	k, e := asciiKey(w), asciiEndKey(w)
	return v.ascii[k/64]&(1<<(k%64)) != 0 && v.end[e/64]&(1<<(e%64)) != 0
}

// vocabCount is what the region holds of one word.
type vocabCount struct {
	body int32 // the lines of its running text the word stands in
	lead int32 // the lines of its first two full paragraphs the word stands in
	last int32 // the last line counted in, plus 1
}

// overlapWord reports whether w, a word of lang.LineWords, counts for the
// overlap of a line with the article: four letters or more, no stop word.
func overlapWord(w string) bool {
	return utf8.RuneCountInString(w) >= 4 && !lang.IsStopWord(w) // IsStopWord(w) is StopLangs[w] != nil, read from a table
}

// reserve makes room for n words asked about, sparing the index's
// growth as the candidates' words are added.
func (v *regionVocab) reserve(n int) {
	if v.index == nil {
		v.index = make(map[string]int32, n)
		v.counts = make([]vocabCount, 0, n)
	}
}

// add returns the places of the words of ws (lang.LineWords of a line)
// that count for the overlap (overlapWord), in order and each as often as
// it stands there, and asks for the new ones.
func (v *regionVocab) add(ws []string) []int32 {
	return v.addTo(nil, ws)
}

// addTo is add that appends the places to ids.
func (v *regionVocab) addTo(ids []int32, ws []string) []int32 {
	for _, w := range ws {
		if !overlapWord(w) {
			continue
		}
		id, ok := v.index[w]
		if !ok {
			if v.index == nil {
				v.index = map[string]int32{}
			}
			id = int32(len(v.counts))
			v.index[w] = id
			v.counts = append(v.counts, vocabCount{})
			k, e := asciiKey(w), asciiEndKey(w)
			if lang.IsASCII(w) {
				v.ascii[k/64] |= 1 << (k % 64)
				v.end[e/64] |= 1 << (e % 64)
			}
			v.all[k/64] |= 1 << (k % 64)
			v.allEnd[e/64] |= 1 << (e % 64)
		}
		ids = append(ids, id)
	}
	return ids
}

// count counts the words asked for in the running text of the region
// [start, end) from line from on (wordsFrom), and in its first two full
// paragraphs, each line once for a word. The first two full paragraphs
// stand at or after from: a region whose first line is no full paragraph
// has its words counted from the line under it.
func (v *regionVocab) count(lines []textLine, from, start, end int) {
	if len(v.counts) == 0 {
		return
	}
	paragraphs := 0
	for i := start; i < from; i++ {
		if lines[i].prose && lines[i].strong {
			paragraphs++
		}
	}
	var buf [64]byte
	for i := from; i < end; i++ {
		l := &lines[i]
		if !l.prose {
			continue
		}
		lead := false
		if l.strong {
			paragraphs++
			lead = paragraphs <= 2
		}
		// The words of lang.LineWords(l.text): trimmed, then
		// lower-cased, as lowering a whole line lowers each of its words;
		// a word shorter than four bytes has fewer than four letters, and
		// none is asked for.
		v.countLine(l.text, int32(i+1), lead, &buf)
	}
}

// tally counts word id in line n (its index plus 1), once a line.
func (v *regionVocab) tally(id, n int32, lead bool) {
	c := &v.counts[id]
	if c.last == n {
		return
	}
	c.last = n
	c.body++
	if lead {
		c.lead++
	}
}

// countLine counts the words of s in line n (its index plus 1) as
// lang.LineWords reads them: the fields of strings.Fields (split where
// unicode.IsSpace says), trimmed by lang.TrimWord, then lower-cased. A
// field in ASCII is split and trimmed byte by byte; lookup lowers it.
func (v *regionVocab) countLine(s string, n int32, lead bool, buf *[64]byte) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if vocabSpace[c] {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		a, ascii := i, true // the field is s[a:i]
	field:
		for i < len(s) {
			if i+8 <= len(s) {
				// Eight bytes at a time to the first that may end the
				// field: below 0x21 (white space among them) or outside
				// ASCII (fieldStops).
				m := fieldStops(word8(s, i))
				if m == 0 {
					i += 8
					continue
				}
				i += bits.TrailingZeros64(m) >> 3
			}
			c := s[i]
			if c < utf8.RuneSelf {
				if vocabSpace[c] {
					break
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				break field
			}
			ascii = false
			i += size
		}
		var w string
		if ascii {
			b := i
			for a < b && !vocabWordByte(s[a]) {
				a++
			}
			for b > a && !vocabWordByte(s[b-1]) {
				b--
			}
			if w = s[a:b]; len(w) < 4 {
				continue
			}
			if !v.asked(w) {
				continue // lookup would say no
			}
		} else if w = lang.TrimWord(s[a:i]); len(w) < 4 {
			continue
		}
		if id, ok := v.lookup(w, buf); ok {
			v.tally(id, n, lead)
		}
	}
}

// appendLineWords appends to ws the words of lang.LineWords(s): the
// fields of s lower-cased (strings.Fields splits as FieldsSeq does),
// trimmed, the empty ones left out.
func appendLineWords(ws []string, s string) []string {
	return appendLowerWords(ws, lang.ToLower(s))
}

// appendLowerWords is appendLineWords of a text already lower-cased.
func appendLowerWords(ws []string, lower string) []string {
	for w := range strings.FieldsSeq(lower) {
		if w = lang.TrimWord(w); w != "" {
			ws = append(ws, w)
		}
	}
	return ws
}

// word8 returns s[i:i+8] as a little-endian word.
func word8(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check for the eight bytes
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// fieldStops returns the high bit of each byte of x that is below 0x21 or
// outside ASCII, the first (lowest) of them exactly: subtracting 0x21 from
// each byte borrows into the high bit of a byte below 0x21, and from none
// of the others before the first such byte.
func fieldStops(x uint64) uint64 {
	return ((x-0x21*0x0101010101010101)&^x | x) & 0x8080808080808080
}

// vocabSpace holds the bytes in ASCII that unicode.IsSpace says are space.
var vocabSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// vocabWordByte reports whether c is an ASCII letter or digit: what
// lang.TrimWord keeps at a word's ends.
func vocabWordByte(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// lookup returns the place of word w, lower-cased, among the words asked
// for. A word in ASCII is lowered in buf, sparing a copy.
func (v *regionVocab) lookup(w string, buf *[64]byte) (int32, bool) {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return v.lookupUTF8(w, buf)
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	// Lowered, a word in ASCII keeps its length, and its first and last
	// letters lowered are its keys'.
	if !v.asked(w) {
		return 0, false
	}
	if !upper {
		id, ok := v.index[w]
		return id, ok
	}
	if len(w) > len(buf) {
		id, ok := v.index[lang.ToLower(w)]
		return id, ok
	}
	b := lang.LowerASCII(buf[:], w)
	id, ok := v.index[string(b)]
	return id, ok
}

// lookupUTF8 is lookup for a word not in ASCII: lowered rune by rune in
// buf, as lang.ToLower lowers each (unicode.ToLower, lang.LowerRune), when it fits there
// and is UTF-8.
func (v *regionVocab) lookupUTF8(w string, buf *[64]byte) (int32, bool) {
	b := buf[:0]
	for _, r := range w {
		if r == utf8.RuneError || len(b)+utf8.UTFMax > len(buf) {
			id, ok := v.index[lang.ToLower(w)]
			return id, ok
		}
		b = utf8.AppendRune(b, lang.LowerRune(r))
	}
	// The same sieve as asked's, over the bytes of all the words (one
	// lowered may be in ASCII, as the Kelvin sign lowers to k): a word
	// that is one of them has its keys.
	if k, e := asciiKeyBytes(b), asciiEndKeyBytes(b); v.all[k/64]&(1<<(k%64)) == 0 || v.allEnd[e/64]&(1<<(e%64)) == 0 {
		return 0, false
	}
	id, ok := v.index[string(b)]
	return id, ok
}

// asciiKeyBytes is asciiKey of a word held in bytes.
func asciiKeyBytes(w []byte) uint {
	return uint(len(w))&31 | uint(w[0]|0x20)&31<<5
}

// asciiEndKeyBytes is asciiEndKey of a word held in bytes.
func asciiEndKeyBytes(w []byte) uint {
	return uint(len(w))&31 | uint(w[len(w)-1]|0x20)&31<<5
}

// share returns the share of the words ids (add) that the region's
// running text holds, or its first paragraphs (lead). The words of a line
// of that text itself (own) are looked for in the other lines: they must
// stand in two.
func (v *regionVocab) share(ids []int32, lead, own bool) float64 {
	if len(ids) == 0 {
		return 0
	}
	least := int32(1)
	if own {
		least = 2
	}
	in := 0
	for _, id := range ids {
		n := v.counts[id].body
		if lead {
			n = v.counts[id].lead
		}
		if n >= least {
			in++
		}
	}
	return float64(in) / float64(len(ids))
}
