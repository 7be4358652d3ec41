package lang

// StopLangCodes returns the languages of StopWords, sorted: the order of
// the bits of StopMaskOf.
func StopLangCodes() []string {
	return append([]string(nil), stopLangNames[:]...)
}

// StopMaskOf returns the bits, by StopLangCodes, of the languages w is a
// stop word of (StopWords): none for another word. It reads w as bytes,
// without making a string of it: a word of eight bytes or fewer by its
// bytes packed in one integer (stopKeys), a longer one in stopTable, each
// after the table of the stop words' length, first and last byte.
func StopMaskOf(w []byte) uint32 {
	n := len(w)
	if n == 0 {
		return 0 // no stop word is empty (stopKeys)
	}
	if h := stopShape(w[0], w[n-1], n); stopShapes[h/64]&(1<<(h%64)) == 0 {
		return 0
	}
	if n <= 8 {
		var key uint64
		for b := n - 1; b >= 0; b-- {
			key = key<<8 | uint64(w[b])
		}
		if slot := stopKeySlot(key, n); slot >= 0 {
			return stopKeyMasks[slot]
		}
		return 0
	}
	h := uint32(2166136261) // stopHash, of the bytes
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	mask := uint32(len(stopTable) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch stopTable[i] {
		case "":
			return 0
		case string(w):
			return stopLangMasks[i]
		}
	}
}
