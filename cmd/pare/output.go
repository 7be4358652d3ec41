package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// writeFileAtomic writes data to path through a temporary file in the same
// folder and a rename, so that readers never see a half-written file and an
// interrupted write leaves nothing behind. An error names path, never the
// temporary file.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write %s: %w", quoteName(path), unwrapPath(err))
	}
	tmp, err := os.CreateTemp(dir, tempPattern(filepath.Base(path)))
	if err != nil {
		return fmt.Errorf("write %s: %w", quoteName(path), unwrapPath(err))
	}
	name := tmp.Name()
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(name, 0o644)
	}
	if werr == nil {
		werr = os.Rename(name, path)
	}
	if werr != nil {
		os.Remove(name)
		return fmt.Errorf("write %s: %w", quoteName(path), unwrapPath(werr))
	}
	return nil
}

// tempPattern is the os.CreateTemp pattern of base's temporary file:
// ".BASE.NNN.tmp", BASE cut so that the name stays within the 255 bytes
// file systems allow.
func tempPattern(base string) string {
	const room = 255 - len("..4294967295.tmp")
	if len(base) > room {
		ext := filepath.Ext(base)
		base = strings.ToValidUTF8(base[:room-len(ext)], "") + ext
	}
	return "." + base + ".*.tmp"
}

// tempName matches the temporary files writeFileAtomic makes for pare's
// outputs, and only those.
var tempName = regexp.MustCompile(`^\..+\.(md|json|txt)\.[0-9]+\.tmp$`)

// sweeper removes the temporary files that a killed run left behind, once
// in each folder the run writes to: only pare's own (tempName), and only
// those older than the run's start, so that a run under way elsewhere
// keeps its own.
type sweeper struct {
	start time.Time
	mu    sync.Mutex
	swept map[string]bool
}

func newSweeper(start time.Time) *sweeper {
	return &sweeper{start: start, swept: map[string]bool{}}
}

// sweep clears dir, the first time it is asked to.
func (s *sweeper) sweep(dir string) {
	s.mu.Lock()
	done := s.swept[dir]
	s.swept[dir] = true
	s.mu.Unlock()
	if done {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !tempName.MatchString(e.Name()) {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.ModTime().Before(s.start) {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
