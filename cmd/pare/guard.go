package main

import (
	"context"
	"fmt"

	"github.com/pare-dev/pare/extract"
)

// errInternal marks a panic recovered while one document was cleaned: a bug
// in pare, reported as that document's error ("internal error: …") while
// the run goes on, and exit status 3. It is extract's own sentinel, so a
// panic recovered inside extract and one recovered here read the same.
var errInternal = extract.ErrInternal

// extractHook, when set, replaces extract.ExtractBytes. Only tests set it,
// to make extraction panic, block or cancel the run at a given document.
var extractHook func(data []byte, xo extract.Options) (*extract.Document, error)

// extractDoc extracts one document. It is the one place where cmd/pare calls
// extract, so that the document's guard, its context and its limits are
// set in one place. The extraction runs in a goroutine of its own so that
// the end of ctx (SIGINT, SIGTERM) is answered at once, the extraction being
// left to finish unseen (extract also looks at ctx between its steps and
// stops soon after); a panic in it becomes errInternal. While it runs, its
// bytes count in the process's memory limit (heapBound).
func extractDoc(ctx context.Context, data []byte, xo extract.Options) (*extract.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fn := func(data []byte, xo extract.Options) (*extract.Document, error) {
		defer heap.hold(int64(len(data)))()
		return extract.ExtractBytesContext(ctx, data, xo)
	}
	if extractHook != nil {
		fn = extractHook
	}
	return await(ctx, func() (*extract.Document, error) {
		// The goroutine's closure lets go of the page's bytes as it hands
		// them on: extract holds them only until they are parsed, and a
		// huge page's bytes are then not held through its extraction.
		d := data
		data = nil
		return fn(d, xo)
	})
}

// await runs fn in a goroutine of its own and returns its result, or
// ctx's error as soon as ctx ends: reading a fifo or a terminal, or
// extracting a large page, never holds up an interrupted run. A panic in fn
// becomes errInternal.
func await[T any](ctx context.Context, fn func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() { done <- r }()
		r.err = guard(func() (err error) {
			r.v, err = fn()
			return err
		})
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// guard calls fn and turns a panic in it into errInternal, so that a bug
// met on one document fails that document only.
func guard(fn func() error) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%w: %v", errInternal, v)
		}
	}()
	return fn()
}
