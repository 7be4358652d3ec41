package lang

import "math/bits"

// NumStopLangs is the number of languages of StopWords: the length of the
// counts GuessCounts reads, by StopLangCodes.
const NumStopLangs = len(stopLangNames)

// StopLanesIn returns the languages of the word s[i:j] as StopMaskOf
// tells them, a byte for each (by StopLangCodes, the first eight in lo,
// the rest in hi): 1 for a language the word is a stop word of, else 0.
// Both are 0 exactly when IsStopWordIn(s, i, j) is false. Summed over a
// text's words, they count its stop words by language in one addition
// each, as long as no language has more than 255 of them.
func StopLanesIn(s string, i, j int) (lo uint64, hi uint32) {
	n := j - i
	if n <= 0 {
		return 0, 0 // no stop word is empty (stopKeys)
	}
	if n > 8 || maxStopLen > 8 {
		if n > maxStopLen || !mayBeStop(s[i:j]) {
			return 0, 0
		}
		return stopLanes(stopMask(s[i:j]))
	}
	if h := stopShape(s[i], s[j-1], n); stopShapes[h/64]&(1<<(h%64)) == 0 {
		return 0, 0
	}
	if slot := stopKeySlot(stopKeyOf(s, i, n), n); slot >= 0 {
		return stopKeyLanesLo[slot], stopKeyLanesHi[slot]
	}
	return 0, 0
}

// stopKeyLanesLo and stopKeyLanesHi hold stopLanes of each slot's
// stopKeyMasks.
var stopKeyLanesLo, stopKeyLanesHi = func() (lo []uint64, hi []uint32) {
	lo, hi = make([]uint64, stopKeySlots), make([]uint32, stopKeySlots)
	for k, m := range stopKeyMasks {
		lo[k], hi[k] = stopLanes(m)
	}
	return lo, hi
}()

// stopLanes spreads the bits of a mask of languages into bytes.
func stopLanes(m uint32) (lo uint64, hi uint32) {
	for ; m != 0; m &= m - 1 {
		if k := bits.TrailingZeros32(m); k < 8 {
			lo |= 1 << (8 * k)
		} else {
			hi |= 1 << (8 * (k - 8))
		}
	}
	return lo, hi
}

// AddStopCounts adds to count, by StopLangCodes, for each word of
// LineWords(s) that is a stop word, one for each of its languages: the
// counts GuessLang reads from each of its texts.
func AddStopCounts(s string, count *[NumStopLangs]int) {
	countStops(s, count)
}

// GuessCounts returns GuessLang's answer from the stop words' counts of
// its texts, summed (AddStopCounts).
func GuessCounts(count *[NumStopLangs]int) string {
	best, n, second := "", 0, 0
	// The languages in any order, as a map gave them: the best and the
	// second count do not depend on it.
	for k, c := range count {
		if c == 0 {
			continue // a language with no word seen is not counted
		}
		l := stopLangNames[k]
		if c > n || c == n && l < best {
			best, second, n = l, n, c
		} else if c > second {
			second = c
		}
	}
	if n < 12 || float64(n) < 1.3*float64(second) {
		return ""
	}
	return best
}
