package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// Exit statuses.
const (
	exitOK      = 0 // every input was cleaned
	exitFailed  = 1 // an input could not be cleaned
	exitUsage   = 2 // the command line is wrong
	exitBug     = 3 // an input met a bug in pare (a panic, recovered); takes precedence over 1
	exitSignal  = 130
	programName = "pare"
)

// usageError marks an error in the command line.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usageErrorf(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errReported marks a failure that was already reported on stderr, line by
// line, so that only the exit status is left to decide.
var errReported = errors.New("failures reported")

// errReportedInternal marks failures already reported of which one at
// least was an internal error.
var errReportedInternal = fmt.Errorf("%w: %w", errReported, errInternal)

// errInterrupted marks a run stopped by a signal.
var errInterrupted = errors.New("interrupted")

// Run runs pare with the given arguments and streams and returns its exit
// status. It is the whole command: main only calls it (through RunContext),
// and tests drive it with buffers.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return RunContext(context.Background(), args, stdin, stdout, stderr)
}

// RunContext is Run with a context whose end interrupts the run: main
// passes one that ends on SIGINT or SIGTERM, tests one they cancel.
func RunContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	ios := &streams{in: stdin, out: stdout, err: stderr, tty: isTerminal(stderr)}
	return run(ctx, args, ios)
}

// run runs the command on ios and returns the exit status.
func run(ctx context.Context, args []string, ios *streams) int {
	cmd := newRootCmd(ios)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(ctx)
	return exitStatus(err, ios.err)
}

// isTerminal reports whether w is a terminal, where a progress bar may be
// drawn.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// exitStatus turns the command's error into an exit status, reporting it on
// stderr. It is the one place where errors become exit codes.
func exitStatus(err error, stderr io.Writer) int {
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted):
		return exitSignal
	case errors.Is(err, errInternal):
		if !errors.Is(err, errReported) {
			fmt.Fprintf(stderr, "%s: %v\n", programName, err)
		}
		return exitBug
	case errors.Is(err, errReported):
		return exitFailed
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "%s: %v\nRun '%s --help' for usage.\n", programName, err, programName)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "%s: %v\n", programName, err)
		return exitFailed
	}
}
