package lang

import (
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"
)

// stopWords are the commonest short words of each language pare knows. A
// line rich in them is running text rather than a menu entry or a label;
// which language's words it holds tells the page's language.

// StopLangs maps each stop word (stopwords.go) to the languages it
// belongs to. A line rich in stop words is running text rather than a menu
// entry or a label; which language's words it holds tells the language.
var StopLangs = func() map[string][]string {
	m := map[string][]string{}
	for lang, set := range StopWords {
		for w := range set {
			m[w] = append(m[w], lang)
		}
	}
	for _, langs := range m {
		sort.Strings(langs)
	}
	return m
}()

// IsStopWord reports whether w is a stop word of some language,
// StopLangs[w] != nil. Most words of a text are none: their length, first
// and last byte, looked up in a table of those of the stop words, tell
// most of them without the map.
func IsStopWord(w string) bool {
	if !mayBeStop(w) {
		return false
	}
	if w == "" {
		return StopLangs[w] != nil
	}
	// The rest are looked up in stopTable, which answers as StopLangs
	// does for a word that is not empty, at less cost than the map.
	mask := uint32(len(stopTable) - 1)
	for i := stopHash(w) & mask; ; i = (i + 1) & mask {
		switch stopTable[i] {
		case "":
			return false
		case w:
			return true
		}
	}
}

// stopTable holds the stop words that are not empty, each in the first
// free slot from stopHash of it on; a quarter of the slots at most are
// taken, so that a look-up meets an empty slot soon.
var stopTable = func() []string {
	n := 64
	for n < 4*len(StopLangs) {
		n *= 2
	}
	t := make([]string, n)
	mask := uint32(n - 1)
	for w, langs := range StopLangs {
		if w == "" || langs == nil {
			continue
		}
		i := stopHash(w) & mask
		for t[i] != "" {
			i = (i + 1) & mask
		}
		t[i] = w
	}
	return t
}()

// stopHash is FNV-1a of w's bytes.
func stopHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// mayBeStop reports whether w may be a stop word: false only when no stop
// word has its length, first and last byte.
func mayBeStop(w string) bool {
	if w == "" {
		return true
	}
	h := stopShapeOf(w)
	return stopShapes[h/64]&(1<<(h%64)) != 0
}

// stopShapes holds a bit for the stopShapeOf of each stop word.
var stopShapes = func() (t [1 << 10]uint64) {
	for w := range StopLangs {
		if w != "" {
			h := stopShapeOf(w)
			t[h/64] |= 1 << (h % 64)
		}
	}
	return t
}()

// stopShapeOf mixes a word's length, first and last byte into 16 bits.
func stopShapeOf(w string) uint {
	return stopShape(w[0], w[len(w)-1], len(w))
}

// stopShape is stopShapeOf a word of n bytes from first to last.
func stopShape(first, last byte, n int) uint {
	return (uint(first)<<8 | uint(last)) ^ uint(n)<<4&0xffff
}

// LineWords splits a line into lower-cased words, punctuation trimmed.
func LineWords(s string) []string {
	// SplitWords(s, unicode.IsSpace), with strings.Fields, which splits
	// where unicode.IsSpace says and reads ASCII without decoding it.
	f := strings.Fields(ToLower(s))
	out := f[:0]
	for _, w := range f {
		if w = TrimWord(w); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// GuessLang returns the language whose stop words are the most frequent in
// the texts, or "" when too few are seen to tell.
func GuessLang(texts []string) string {
	var count [len(stopLangNames)]int // by stopLangNames
	for _, t := range texts {
		countStops(t, &count)
	}
	return GuessCounts(&count)
}

// stopLangNames are the languages of StopWords, sorted.
var stopLangNames = [...]string{"cs", "de", "en", "es", "fi", "fr", "it", "nl", "pl", "pt", "ru", "sv"}

// stopLangMasks holds, for each word of stopTable in the same slot, a bit
// for each of its languages (StopLangs), by stopLangNames.
var stopLangMasks = func() []uint32 {
	index := map[string]int{}
	for k, l := range stopLangNames {
		index[l] = k
	}
	masks := make([]uint32, len(stopTable))
	for i, w := range stopTable {
		for _, l := range StopLangs[w] {
			masks[i] |= 1 << index[l]
		}
	}
	return masks
}()

// stopMask returns the bits of the languages w is a stop word of (none
// for a word that is no stop word), w not empty.
func stopMask(w string) uint32 {
	mask := uint32(len(stopTable) - 1)
	for i := stopHash(w) & mask; ; i = (i + 1) & mask {
		switch stopTable[i] {
		case "":
			return 0
		case w:
			return stopLangMasks[i]
		}
	}
}

// maxStopLen is the length in bytes of the longest stop word.
var maxStopLen = func() int {
	n := 0
	for w := range StopLangs {
		n = max(n, len(w))
	}
	return n
}()

// countStops adds to count (by stopLangNames), for each word of
// LineWords(s) that is a stop word, one for each language it belongs to. It reads s in one pass
// without lower-casing it whole: a word of s is the text from the first
// letter or digit of a run of other characters than white space to its
// last, and lower-casing neither makes nor takes white space, letters or
// digits (TestLowerKeepsKinds), so that the words of the lower-cased text
// are the lower-cased words of the text. An ASCII word is lower-cased on
// the stack, and only words short enough to be stop words are looked up.
func countStops(s string, count *[len(stopLangNames)]int) {
	// The words as NextWord reads them, in one loop: a field runs from
	// white space to white space, its word from its first letter or digit
	// to its last (a run of ASCII letters and digits read in a loop of its
	// own, as most of a text's bytes are).
	var buf [32]byte
	first, end := -1, -1
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case asciiSpace[c]:
				if first >= 0 {
					countStop(s, first, end, count, &buf)
					first = -1
				}
				i++
			case asciiAlnum(c):
				if first < 0 {
					first = i
				}
				for i++; i < len(s) && asciiAlnum(s[i]); i++ {
				}
				end = i
			default:
				i++
			}
			continue
		}
		if IsBoxRune(s, i) {
			i += 3 // no white space, no letter
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		space, alnum := RuneKind(r)
		if space {
			if first >= 0 {
				countStop(s, first, end, count, &buf)
				first = -1
			}
		} else if alnum {
			if first < 0 {
				first = i
			}
			end = i + n
		}
		i += n
	}
	if first >= 0 {
		countStop(s, first, end, count, &buf)
	}
}

// countStop adds to count the languages of the word s[first:end] when it
// is a stop word; buf is the caller's scratch.
func countStop(s string, first, end int, count *[len(stopLangNames)]int, buf *[32]byte) {
	var langs uint32
	if n := end - first; n <= 8 && maxStopLen <= 8 {
		// A short word read eight bytes at once: in ASCII, its
		// capitals lower-cased together and looked up by its key.
		if key := stopKeyOf(s, first, n); key&highBits == 0 {
			key |= upperBytes(key) >> 2 // a capital's 0x20 bit is clear
			if h := stopShape(byte(key), byte(key>>(8*(n-1))), n); stopShapes[h/64]&(1<<(h%64)) == 0 {
				return
			}
			if k := stopKeySlot(key, n); k >= 0 {
				for langs := stopKeyMasks[k]; langs != 0; langs &= langs - 1 {
					count[bits.TrailingZeros32(langs)]++
				}
			}
			return
		}
	}
	if w := s[first:end]; IsASCII(w) {
		if len(w) > maxStopLen {
			return
		}
		b := LowerASCII(buf[:], w)
		if !mayBeStop(string(b)) {
			return
		}
		langs = stopMask(string(b))
	} else {
		// Lower-casing keeps the number of characters (a byte that is
		// not UTF-8 becomes one U+FFFD), and a stop word has no more
		// characters than bytes: a longer word is none, unlowered.
		if utf8.RuneCountInString(w) > maxStopLen {
			return
		}
		// A short word is lower-cased on the stack, as ToLower
		// lowers each character (lowerRune); one that is not UTF-8,
		// as ToLower does.
		if b, ok := lowerRunes(buf[:0], w); ok {
			if len(b) > maxStopLen || !mayBeStop(string(b)) {
				return
			}
			langs = stopMask(string(b))
		} else {
			if w = ToLower(w); len(w) > maxStopLen || !mayBeStop(w) {
				return
			}
			langs = stopMask(w)
		}
	}
	for ; langs != 0; langs &= langs - 1 {
		count[bits.TrailingZeros32(langs)]++
	}
}

// lowerRunes appends to b the characters of w lower-cased (lowerRune), as
// ToLower writes them, and reports whether it could: false when w is not
// UTF-8 or b has no room left for it.
func lowerRunes(b []byte, w string) ([]byte, bool) {
	for _, r := range w {
		if r == utf8.RuneError || len(b)+utf8.UTFMax > cap(b) {
			return b, false
		}
		b = utf8.AppendRune(b, lowerRune(r))
	}
	return b, true
}
