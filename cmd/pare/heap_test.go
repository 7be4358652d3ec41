package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestHeapBound(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	debug.SetMemoryLimit(math.MaxInt64)
	limit := func() int64 { return debug.SetMemoryLimit(-1) }

	t.Run("holds and releases", func(t *testing.T) {
		h := &heapBound{}
		r1 := h.hold(10 << 20)
		if got, want := limit(), int64(heapFloor+heapPerByte*(10<<20)); got != want {
			t.Errorf("limit with one page held = %d, want %d", got, want)
		}
		r2 := h.hold(50 << 20)
		if got, want := limit(), int64(heapFloor+heapPerByte*(60<<20)); got != want {
			t.Errorf("limit with two pages held = %d, want %d", got, want)
		}
		r1()
		r2()
		if got := limit(); got != heapFloor {
			t.Errorf("limit with nothing held = %d, want %d", got, heapFloor)
		}
	})
	t.Run("the user's limit kept", func(t *testing.T) {
		debug.SetMemoryLimit(math.MaxInt64)
		h := &heapBound{off: true}
		h.hold(50 << 20)()
		if got := limit(); got != math.MaxInt64 {
			t.Errorf("limit = %d, want the user's %d", got, int64(math.MaxInt64))
		}
	})
}
