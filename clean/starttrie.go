package clean

import (
	"math"
	"unicode"
	"unicode/utf8"
)

// startTrie is a trie of phrases a text may start with; a phrase ends at
// a node with its bits, found there at once (prefix) or only when no
// ASCII letter follows (word).
type startTrie struct {
	class  [256]uint8
	width  int      // the number of classes, 0 for bytes in no phrase
	next   []uint16 // next[node*width+class]: the child, or 0 for none
	prefix []uint64
	word   []uint64
}

// newStartTrie makes the trie of phrases: phrase i finds bits[i], as a
// word when word[i].
//
// It reads the bytes that continue a character outside ASCII as one, and
// it keeps phrases to their first startLen bytes (a word cut so is found
// as a prefix): it finds a phrase wherever a text starts with it, and a
// few more, in tables that stay in the cache.
func newStartTrie(phrases []string, bits []uint64, word []bool) startTrie {
	t := startTrie{width: 1}
	cut := make([]string, len(phrases))
	for k, p := range phrases {
		b := []byte(p)
		if len(b) > startLen {
			b, word[k] = b[:startLen], false
		}
		for i := range b {
			if 0x80 <= b[i] && b[i] <= 0xbf {
				b[i] = 0x80
			}
		}
		cut[k] = string(b)
	}
	phrases = cut
	for _, p := range phrases {
		for i := 0; i < len(p); i++ {
			if t.class[p[i]] == 0 {
				t.class[p[i]] = uint8(t.width)
				t.width++
			}
		}
	}
	for c := 0x81; c <= 0xbf; c++ {
		t.class[c] = t.class[0x80]
	}
	w := t.width
	t.next, t.prefix, t.word = make([]uint16, w), []uint64{0}, []uint64{0}
	for k, p := range phrases {
		n := 0
		for i := 0; i < len(p); i++ {
			c := int(t.class[p[i]])
			if t.next[n*w+c] == 0 {
				if len(t.prefix) > math.MaxUint16 {
					panic("clean: too many start phrases for a startTrie")
				}
				t.next[n*w+c] = uint16(len(t.prefix))
				t.next = append(t.next, make([]uint16, w)...)
				t.prefix, t.word = append(t.prefix, 0), append(t.word, 0)
			}
			n = int(t.next[n*w+c])
		}
		if word[k] {
			t.word[n] |= bits[k]
		} else {
			t.prefix[n] |= bits[k]
		}
	}
	return t
}

// walk returns the bits of the phrases s starts with, and whether it read
// s to its end (when s is the head of a longer text, a phrase may run on).
func (t *startTrie) walk(s string) (uint64, bool) {
	w := t.width
	var found uint64
	n := 0
	for i := 0; ; i++ {
		found |= t.prefix[n]
		if t.word[n] != 0 && (i == len(s) || !asciiLetter(s[i])) {
			found |= t.word[n]
		}
		if i == len(s) {
			return found, true
		}
		c := int(t.class[s[i]])
		if c == 0 || t.next[n*w+c] == 0 {
			return found, false
		}
		n = int(t.next[n*w+c])
	}
}

// fromFirstLetter returns s from its first letter on ("" when it has
// none).
func fromFirstLetter(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiLetter(c) {
				return s[i:]
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return s[i:]
		}
		i += n
	}
	return ""
}
