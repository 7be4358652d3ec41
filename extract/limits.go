package extract

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Limits bound the work one document may cause. A zero field takes its
// default (DefaultLimits); a negative one means no limit. A document over a
// limit is refused with an ErrLimit error that names the limit.
type Limits struct {
	MaxBytes    int           // bytes of input
	MaxElements int           // HTML elements (start and self-closing tags)
	MaxDepth    int           // HTML elements open at once
	MaxLines    int           // lines of text, on the text path
	Timeout     time.Duration // time for the whole extraction
}

// DefaultLimits returns the limits a zero Limits stands for. They are set
// at about ten times the most that a page of the corpora pare is measured
// on needs (10,469 elements, 42 deep, 4,701 lines), and the depth at twice
// the HTML parser's own nesting limit: a page nested deeper than the parser
// allows is read from its text, as before. The bytes are 32 MiB (the
// largest page of the corpora has 1.4 MB): a page of that size in few
// elements (one long paragraph) takes about 0.6 GB to extract, one of
// 56 MB up to 1.1 GB.
func DefaultLimits() Limits {
	return Limits{MaxBytes: 32 << 20, MaxElements: 100_000, MaxDepth: 1024, MaxLines: 50_000, Timeout: 30 * time.Second}
}

// resolve fills the zero fields of l with the defaults.
func (l Limits) resolve() Limits {
	d := DefaultLimits()
	if l.MaxBytes == 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxElements == 0 {
		l.MaxElements = d.MaxElements
	}
	if l.MaxDepth == 0 {
		l.MaxDepth = d.MaxDepth
	}
	if l.MaxLines == 0 {
		l.MaxLines = d.MaxLines
	}
	if l.Timeout == 0 {
		l.Timeout = d.Timeout
	}
	return l
}

// withDeadline returns ctx bounded by the limit's timeout: when it fires,
// the context's cause is an ErrLimit error that names it.
func (l Limits) withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	if l.Timeout < 0 {
		return context.WithCancel(ctx)
	}
	cause := fmt.Errorf("%w: took longer than %v (Limits.Timeout)", ErrLimit, l.Timeout)
	return context.WithTimeoutCause(ctx, l.Timeout, cause)
}

// errTooLarge is the error for an input over the byte limit.
func (l Limits) errTooLarge() error {
	return fmt.Errorf("%w: more than %d bytes (Limits.MaxBytes)", ErrLimit, l.MaxBytes)
}

// checkLines refuses a text of more lines than the limit allows.
func checkLines(s string, lim Limits) error {
	if lim.MaxLines < 0 {
		return nil
	}
	n := 0
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		n++
		if n > lim.MaxLines {
			return fmt.Errorf("%w: more than %d lines (Limits.MaxLines)", ErrLimit, lim.MaxLines)
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	return nil
}
