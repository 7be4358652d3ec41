//go:build !unix

// Package cputime tells the CPU time the process has used, for the
// benchmarks that report it beside wall time.
package cputime

import "time"

// Process returns 0: this system does not say.
func Process() time.Duration { return 0 }
