package lang

import "math/bits"

// A stop word of eight bytes or fewer (all of them, so far) is looked up
// by its bytes packed into a word, little-endian: a look-up compares
// words, not strings, and reads the word of a line eight bytes at once.

// stopKeySlots is the size of the key table: a quarter full at most.
const stopKeySlots = 2048

// stopKeys holds the key of each stop word of eight bytes or fewer in the
// first free slot from stopKeyHash of it on (0 marks a free slot: no stop
// word is empty or holds a zero byte), stopKeyLens its length, and
// stopKeyMasks its languages' bits (stopMask).
var stopKeys, stopKeyLens, stopKeyMasks = func() (keys []uint64, lens []uint8, masks []uint32) {
	keys, lens, masks = make([]uint64, stopKeySlots), make([]uint8, stopKeySlots), make([]uint32, stopKeySlots)
	for i, w := range stopTable {
		if w == "" || len(w) > 8 {
			continue
		}
		for k := 0; k < len(w); k++ {
			if w[k] == 0 {
				panic("lang: a stop word holds a zero byte")
			}
		}
		key := stopKeyOf(w, 0, len(w))
		h := stopKeyHash(key, len(w))
		for keys[h] != 0 {
			h = (h + 1) & (stopKeySlots - 1)
		}
		keys[h], lens[h], masks[h] = key, uint8(len(w)), stopLangMasks[i]
	}
	return keys, lens, masks
}()

// lowBytes[n] keeps the low n bytes of a word.
var lowBytes = func() (m [9]uint64) {
	for n := 1; n <= 8; n++ {
		m[n] = 1<<(8*n) - 1
		if n == 8 {
			m[n] = ^uint64(0)
		}
	}
	return m
}()

// stopKeyOf packs s[i:i+n], n at most 8, into a word, little-endian.
func stopKeyOf(s string, i, n int) uint64 {
	if i+8 <= len(s) {
		return word8(s, i) & lowBytes[n]
	}
	var k uint64
	for b := i + n - 1; b >= i; b-- {
		k = k<<8 | uint64(s[b])
	}
	return k
}

// stopKeyHash returns the first slot to look for a key of n bytes in.
func stopKeyHash(key uint64, n int) uint64 {
	return (key ^ uint64(n)<<59) * 0x9E3779B97F4A7C15 >> (64 - bits.TrailingZeros(stopKeySlots))
}

// stopKeySlot returns the slot of the stop word of n bytes whose key is
// key, or -1 when there is none.
func stopKeySlot(key uint64, n int) int {
	for h := stopKeyHash(key, n); ; h = (h + 1) & (stopKeySlots - 1) {
		switch stopKeys[h] {
		case 0:
			return -1
		case key:
			if int(stopKeyLens[h]) == n {
				return int(h)
			}
		}
	}
}

// IsStopWordIn reports IsStopWord(s[i:j]), reading the word eight bytes
// at once when s holds them from i on. As IsStopWord does, it first asks
// the table of the stop words' length, first and last byte (mayBeStop).
func IsStopWordIn(s string, i, j int) bool {
	n := j - i
	if n <= 0 || n > 8 || maxStopLen > 8 {
		return IsStopWord(s[i:j])
	}
	if h := stopShape(s[i], s[j-1], n); stopShapes[h/64]&(1<<(h%64)) == 0 {
		return false
	}
	return stopKeySlot(stopKeyOf(s, i, n), n) >= 0
}
