package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// reporter writes a batch's messages on stderr: one line per failure, a
// progress bar when stderr is a terminal, and the closing summary. It is
// safe for concurrent use.
type reporter struct {
	mu    sync.Mutex
	w     io.Writer
	bar   bool // draw a progress bar
	start time.Time
	now   func() time.Time

	phase                 string // what the bar counts: "learning" or "cleaning"
	phaseStart            time.Time
	total, ticks          int // the bar's span and position
	done, skipped, failed int
	internal              int // failures that were a panic: a bug in pare
	lastDraw              time.Time
	drawn                 bool // a bar is on the screen's last line
}

func newReporter(w io.Writer, bar bool) *reporter {
	r := &reporter{w: w, bar: bar, now: time.Now}
	r.start = r.now()
	return r
}

// begin starts a phase of n steps on the progress bar.
func (r *reporter) begin(phase string, n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.phase, r.total, r.ticks = phase, n, 0
	r.phaseStart = r.now()
	r.draw(true)
}

// tick moves the progress bar one step.
func (r *reporter) tick() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ticks++
	r.draw(false)
}

// outcome counts a finished job: done, skipped or failed (err not nil, and
// reported on its own line).
func (r *reporter) outcome(name string, skipped bool, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case err != nil:
		r.failed++
		if errors.Is(err, errInternal) {
			r.internal++
		}
		r.line(fmt.Sprintf("%s: %s: %v\n", programName, displayName(name), err))
	case skipped:
		r.skipped++
	default:
		r.done++
	}
}

// addDone counts n files written outside outcome.
func (r *reporter) addDone(n int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.done += n
}

// fail reports an input that could not even be listed.
func (r *reporter) fail(name string, err error) { r.outcome(name, false, err) }

// text writes s (whole lines) above the progress bar.
func (r *reporter) text(s string) {
	if s == "" {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.line(s)
}

// line writes s, clearing the bar first and drawing it again after. The
// lock is held.
func (r *reporter) line(s string) {
	if r.drawn {
		io.WriteString(r.w, "\r\033[K")
		r.drawn = false
	}
	io.WriteString(r.w, s)
	r.draw(true)
}

// draw draws the progress bar, at most ten times a second unless forced.
// The lock is held.
func (r *reporter) draw(force bool) {
	if !r.bar || r.total == 0 {
		return
	}
	now := r.now()
	if !force && now.Sub(r.lastDraw) < 100*time.Millisecond && r.ticks < r.total {
		return
	}
	r.lastDraw = now
	const width = 30
	filled := min(width*r.ticks/r.total, width) // a walk may yield more than counted
	bar := strings.Repeat("=", filled) + strings.Repeat(" ", width-filled)
	elapsed := now.Sub(r.phaseStart).Seconds()
	status := ""
	if elapsed > 0 && r.ticks > 0 {
		rate := float64(r.ticks) / elapsed
		eta := time.Duration(float64(r.total-r.ticks) / rate * float64(time.Second)).Round(time.Second)
		status = fmt.Sprintf(" %.0f files/s ETA %s", rate, eta)
	}
	fmt.Fprintf(r.w, "\r\033[K%s [%s] %d/%d%s", r.phase, bar, r.ticks, r.total, status)
	r.drawn = true
}

// summary clears the bar and writes the closing line.
func (r *reporter) summary(interrupted bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.drawn {
		io.WriteString(r.w, "\r\033[K")
		r.drawn = false
	}
	how := ""
	if interrupted {
		how = "interrupted: "
	}
	elapsed := r.now().Sub(r.start)
	rate := ""
	if s := elapsed.Seconds(); s > 0 && r.done > 0 {
		rate = fmt.Sprintf(" (%.0f files/s)", float64(r.done)/s)
	}
	fmt.Fprintf(r.w, "%s: %s%d done, %d skipped, %d failed in %s%s\n", programName, how,
		r.done, r.skipped, r.failed, elapsed.Round(time.Millisecond), rate)
}

// clearBar removes the bar, for a run that writes no summary.
func (r *reporter) clearBar() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.drawn {
		io.WriteString(r.w, "\r\033[K")
		r.drawn = false
	}
}
