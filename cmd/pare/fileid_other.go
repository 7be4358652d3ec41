//go:build !unix

package main

import "path/filepath"

// fileID names the file at path whatever the name it is reached by (a
// path spelt otherwise, a symbolic link): a hash of its absolute path with
// links resolved. It is 0 when the file cannot be read.
func fileID(path string) uint64 {
	abs, err := filepath.Abs(path)
	if err != nil {
		return 0
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return 0
	}
	return hash64(real) | 1
}
