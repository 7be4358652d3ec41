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
	return fileDump(path, domtext.Dump)
}

// fileDump returns the dump of the page in file path.
func fileDump(path string, dump func([]byte) ([]byte, error)) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	d, err := nonEmpty(dump)(b)
	return string(d), err
}

// nonEmpty returns dump, with errNoDOM for a page that gives no dump.
func nonEmpty(dump func([]byte) ([]byte, error)) func([]byte) ([]byte, error) {
	return func(page []byte) ([]byte, error) {
		d, err := dump(page)
		if err != nil || len(d) == 0 {
			return nil, errNoDOM
		}
		return d, nil
	}
}
