//go:build unix

// Package cputime tells the CPU time the process has used, for the
// benchmarks that report it beside wall time (the machine they run on is
// shared, and CPU time moves much less with its load).
package cputime

import (
	"syscall"
	"time"
)

// Process is the CPU time the process has used so far, in user and system
// mode, or 0 when the system does not say.
func Process() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
