// Package stop is how the extraction paths look at their context: Stopped
// between their steps, and inside a long loop every CheckEvery turns.
package stop

import (
	"context"
	"fmt"
)

// Stopped returns nil while ctx runs, and why it ended after: the cause it
// was given (extract's timeout gives an ErrLimit error), or the caller's
// cancellation (wrapping ctx.Err()).
func Stopped(ctx context.Context) error {
	if ctx.Err() == nil {
		return nil
	}
	if cause := context.Cause(ctx); cause != nil && cause != ctx.Err() {
		return cause
	}
	return fmt.Errorf("extraction stopped: %w", ctx.Err())
}

// CheckEvery is how many lines or blocks a loop handles between two looks
// at its context.
const CheckEvery = 1 << 10
