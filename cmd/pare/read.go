package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// defaultMaxSize is the default of --max-size, and so of the bytes extract
// reads (extract.Limits.MaxBytes): a page that size in few elements takes
// about 0.6 GB to extract; a 50 MB file is refused from its size at once.
const defaultMaxSize = 32 << 20

// errTooLarge reports an input larger than --max-size; the message names
// the limit.
var errTooLarge = errors.New("input larger than --max-size")

// tooLarge returns errTooLarge naming the limit, and the size when known.
func tooLarge(max, size int64) error {
	if size > 0 {
		return fmt.Errorf("%w (%s): %s", errTooLarge, byteSize(max), byteSize(size))
	}
	return fmt.Errorf("%w (%s)", errTooLarge, byteSize(max))
}

// byteSize writes a size for people: 64 MiB, 1.5 GiB, 900 bytes.
func byteSize(n int64) string {
	const unit = 1 << 10
	if n < unit {
		return fmt.Sprintf("%d bytes", n)
	}
	v, u := float64(n), 0
	for v >= unit && u < 3 {
		v, u = v/unit, u+1
	}
	s := fmt.Sprintf("%.1f", v)
	if v == float64(int64(v)) {
		s = fmt.Sprintf("%.0f", v)
	}
	return s + " " + [...]string{"", "KiB", "MiB", "GiB"}[u]
}

// probeSize is what an input of unknown size (a fetched page without a
// Content-Length, a pipe) reserves in the budget before it is read: most
// pages are smaller, and only a larger one has to wait for --max-size.
const probeSize = 1 << 20

// readInput reads r to its end, refusing more than max bytes. size is the
// input's size when known in advance (a regular file, a Content-Length),
// else -1. The bytes are reserved in bud (nil for no budget) before they
// are read; release gives them back, once the document is cleaned.
func readInput(ctx context.Context, r io.Reader, size, max int64, bud *budget) (data []byte, release func(), err error) {
	if size > max {
		return nil, nil, tooLarge(max, size)
	}
	held := min(probeSize, max)
	if size >= 0 {
		held = size
	}
	if err := bud.acquire(ctx, held); err != nil {
		return nil, nil, err
	}
	defer func() {
		if err != nil {
			bud.release(held)
		}
	}()
	var buf bytes.Buffer
	buf.Grow(int(held) + 1)
	lr := io.LimitReader(r, max+1)
	if size < 0 {
		// Read the probe's worth first; a larger input reserves --max-size,
		// giving the probe back first so that waiting holds nothing.
		if _, err := io.CopyN(&buf, lr, held+1); err != nil && err != io.EOF {
			return nil, nil, err
		}
		if int64(buf.Len()) > held {
			bud.release(held)
			held = 0
			if err := bud.acquire(ctx, max); err != nil {
				return nil, nil, err
			}
			held = max
		}
	}
	if _, err := buf.ReadFrom(lr); err != nil {
		return nil, nil, err
	}
	if int64(buf.Len()) > max {
		return nil, nil, tooLarge(max, -1)
	}
	if n := int64(buf.Len()); n < held {
		bud.release(held - n)
		held = n
	}
	kept := held
	return buf.Bytes(), func() { bud.release(kept) }, nil
}

// readPath reads the file at path, at most max bytes: a regular file larger
// than that is refused from its size, without being read; anything else (a
// fifo, a device such as /dev/zero) is read up to the limit.
func readPath(ctx context.Context, path string, max int64, bud *budget) ([]byte, func(), error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return readInput(ctx, f, size, max, bud)
}

// budget bounds the bytes of input held in memory at a time, whatever -j:
// each document reserves its size before it is read and gives it back once
// cleaned. Waiters are served in turn, so a large input is not starved by
// small ones. A nil budget bounds nothing.
type budget struct {
	mu    sync.Mutex
	size  int64 // the most that can be reserved
	free  int64
	queue []*reservation
}

type reservation struct {
	n     int64
	ready chan struct{}
}

func newBudget(size int64) *budget { return &budget{size: size, free: size} }

// acquire reserves n bytes (at most the budget's size), waiting its turn
// until they are free or ctx ends.
func (b *budget) acquire(ctx context.Context, n int64) error {
	if b == nil || n <= 0 {
		return nil
	}
	n = min(n, b.size)
	b.mu.Lock()
	if len(b.queue) == 0 && b.free >= n {
		b.free -= n
		b.mu.Unlock()
		return nil
	}
	r := &reservation{n: n, ready: make(chan struct{})}
	b.queue = append(b.queue, r)
	b.mu.Unlock()
	select {
	case <-r.ready:
		return nil
	case <-ctx.Done():
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	select {
	case <-r.ready:
		b.free += n // granted meanwhile: give it back
	default:
		for i, q := range b.queue {
			if q == r {
				b.queue = append(b.queue[:i], b.queue[i+1:]...)
				break
			}
		}
	}
	b.grant()
	return ctx.Err()
}

// release gives back n bytes reserved by acquire.
func (b *budget) release(n int64) {
	if b == nil || n <= 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.free = min(b.free+min(n, b.size), b.size)
	b.grant()
}

// grant serves the waiters in turn while the bytes last. The lock is held.
func (b *budget) grant() {
	for len(b.queue) > 0 && b.free >= b.queue[0].n {
		r := b.queue[0]
		b.queue = b.queue[1:]
		b.free -= r.n
		close(r.ready)
	}
}
