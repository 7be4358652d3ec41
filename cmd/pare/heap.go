package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// heapBound keeps the memory of the Go runtime near a multiple of the input
// bytes being extracted, by its soft memory limit (debug.SetMemoryLimit).
// Left alone, the collector lets the heap grow to twice what is live before
// it collects: for one huge page that is 7 to 9 times its size, most of it
// garbage. With the limit it collects sooner as the heap nears it: a 50 MB
// page then peaks at about 6.5 times its size (docs/SPEED.md).
// The limit never falls below heapFloor, far above what a batch of ordinary
// pages uses, so that they are collected as before. A limit the user set
// (GOMEMLIMIT) is kept.
type heapBound struct {
	mu   sync.Mutex
	held int64 // input bytes being extracted
	off  bool  // the user set GOMEMLIMIT
}

const (
	heapFloor   = 64 << 20 // bytes: the limit when nothing large is held
	heapPerByte = 6        // bytes of memory allowed per byte of input held
)

// heap is the process's bound: the runtime's limit is the process's too.
var heap = &heapBound{off: os.Getenv("GOMEMLIMIT") != ""}

// hold counts n bytes of input as being extracted until release is called.
func (h *heapBound) hold(n int64) (release func()) {
	if h.off || n <= 0 {
		return func() {}
	}
	h.add(n)
	return func() { h.add(-n) }
}

func (h *heapBound) add(n int64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.held += n
	debug.SetMemoryLimit(heapFloor + heapPerByte*h.held)
}
