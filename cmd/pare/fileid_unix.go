//go:build unix

package main

import (
	"encoding/binary"
	"os"
	"syscall"
)

// fileID names the file at path whatever the name it is reached by (a
// path spelt otherwise, a symbolic link, a hard link): a hash of its device
// and inode. It is 0 when the file cannot be read.
func fileID(path string) uint64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 0
	}
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0
	}
	var b [16]byte
	binary.LittleEndian.PutUint64(b[:8], uint64(st.Dev))
	binary.LittleEndian.PutUint64(b[8:], uint64(st.Ino))
	return hash64(string(b[:])) | 1
}
