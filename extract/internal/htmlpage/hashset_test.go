package htmlpage

import (
	"encoding/binary"
	"testing"
)

// checkHashSet adds the first half of hashes to a hashSet and a map, and
// asks both about all of them.
func checkHashSet(t *testing.T, hashes []uint64) {
	set, want := newHashSet(len(hashes)/8), map[uint64]bool{}
	for _, h := range hashes[:len(hashes)/2] {
		set.add(h)
		want[h] = true
	}
	for _, h := range hashes {
		if set.has(h) != want[h] {
			t.Fatalf("has(%#x) = %v, want %v", h, set.has(h), want[h])
		}
	}
}

func TestHashSet(t *testing.T) {
	tests := map[string]func(i int) uint64{
		"counting":        func(i int) uint64 { return uint64(i) },
		"same low bits":   func(i int) uint64 { return uint64(i) << 40 },
		"repeats":         func(i int) uint64 { return uint64(i % 7) },
		"word-run hashes": func(i int) uint64 { return uint64(i)*961 + uint64(i+1)*31 + uint64(i+2) },
	}
	for name, gen := range tests {
		t.Run(name, func(t *testing.T) {
			var hashes []uint64
			for i := range 5000 {
				hashes = append(hashes, gen(i))
			}
			checkHashSet(t, hashes)
		})
	}
}

func FuzzHashSet(f *testing.F) {
	f.Add([]byte("\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var hashes []uint64
		for len(data) >= 8 {
			hashes = append(hashes, binary.LittleEndian.Uint64(data))
			data = data[8:]
		}
		// Values with few bits, to collide in the slots.
		for i, h := range hashes {
			hashes = append(hashes, h&0xff, uint64(i)<<32)
		}
		checkHashSet(t, hashes)
	})
}
