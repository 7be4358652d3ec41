package main

import (
	"errors"
	"os"

	"github.com/pare-dev/pare/internal/domtext"
)

// errNoDOM says that a page gave no DOM text dump.
var errNoDOM = errors.New("no DOM text dump")

// domDump returns the DOM text dump of the page in file path: every text
// node in document order, hidden ones too (internal/domtext).
func domDump(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	d, err := domtext.Dump(b)
	if err != nil || len(d) == 0 {
		return "", errNoDOM
	}
	return string(d), nil
}
