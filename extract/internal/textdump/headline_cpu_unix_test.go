//go:build unix

package textdump

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used so far, in user and system
// mode, or 0 when the system does not say.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
