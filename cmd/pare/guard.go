package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/pare-dev/pare/extract"
)

// errInternal marks a panic recovered while one document was cleaned: a bug
// in pare, reported as that document's error ("internal error: …") while
// the run goes on, and exit status 3.
//
// TODO(merge): extract.ErrInternal (a panic recovered inside extract) is the
// same thing; exitStatus and reporter.outcome should test both.
var errInternal = errors.New("internal error")

// extractHook, when set, replaces extract.ExtractBytes. Only tests set it,
// to make extraction panic, block or cancel the run at a given document.
var extractHook func(data []byte, xo extract.Options) (*extract.Document, error)

// extractDoc extracts one document. It is the one place where cmd/pare calls
// extract, so that the document's guard, its context and its limits are
// set in one place. The extraction runs in a goroutine of its own so that
// the end of ctx (SIGINT, SIGTERM) is answered at once, the extraction being
// left to finish unseen; a panic in it becomes errInternal.
//
// TODO(merge): call extract.ExtractBytesContext(ctx, data, xo) here, which
// honours ctx itself and recovers its own panics (extract.ErrInternal); the
// goroutine can then go.
func extractDoc(ctx context.Context, data []byte, xo extract.Options) (*extract.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fn := extract.ExtractBytes
	if extractHook != nil {
		fn = extractHook
	}
	return await(ctx, func() (*extract.Document, error) { return fn(data, xo) })
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
