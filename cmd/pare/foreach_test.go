package main

import (
	"context"
	"iter"
	"sync"
	"sync/atomic"
	"testing"
)

func seqJobs(n int) iter.Seq[job] {
	return func(yield func(job) bool) {
		for i := range n {
			if !yield(job{seq: i}) {
				return
			}
		}
	}
}

func TestForEachCallsEachJobOnce(t *testing.T) {
	for _, workers := range []int{1, 2, 8} {
		var mu sync.Mutex
		seen := map[int]int{}
		ok := forEach(context.Background(), workers, seqJobs(1000), func(j job) {
			mu.Lock()
			seen[j.seq]++
			mu.Unlock()
		})
		if !ok {
			t.Errorf("%d workers: forEach = false, want true", workers)
		}
		if len(seen) != 1000 {
			t.Errorf("%d workers: %d jobs called, want 1000", workers, len(seen))
		}
		for seq, n := range seen {
			if n != 1 {
				t.Errorf("%d workers: job %d called %d times", workers, seq, n)
			}
		}
	}
}

func TestForEachStopsWhenCancelled(t *testing.T) {
	const workers = 2
	for range 50 {
		ctx, cancel := context.WithCancel(context.Background())
		var calls, late atomic.Int32
		var cancelled atomic.Bool
		ok := forEach(ctx, workers, seqJobs(1000), func(j job) {
			if cancelled.Load() {
				late.Add(1)
			}
			switch n := calls.Add(1); {
			case n == 10:
				cancel()
				cancelled.Store(true)
			case n > 10:
				<-ctx.Done() // no job runs ahead of the cancel
			}
		})
		if ok {
			t.Fatal("forEach = true after cancel, want false")
		}
		// Each worker may hold a job handed out just before the cancel.
		if n := late.Load(); n > workers {
			t.Fatalf("%d calls began after the cancel, want at most %d", n, workers)
		}
	}
}
