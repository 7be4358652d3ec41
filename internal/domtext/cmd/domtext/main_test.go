package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	if err := os.WriteFile(page, []byte("<p>Hello <b>there</b></p><script>x()</script>"), 0o644); err != nil {
		t.Fatal(err)
	}
	txtIn := filepath.Join(dir, "out", "keep.txt")
	if err := os.MkdirAll(filepath.Dir(txtIn), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(txtIn, []byte("<p>mine</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		status     int
		stderr     string
		file, want string
	}{
		{name: "usage", args: nil, status: 2, stderr: "usage"},
		{name: "no output folder", args: []string{page}, status: 2, stderr: "usage"},
		{name: "dumps", args: []string{"-o", filepath.Join(dir, "out"), page}, file: filepath.Join(dir, "out", "page.txt"), want: "Hello there\n"},
		{name: "missing input", args: []string{"-o", filepath.Join(dir, "out"), filepath.Join(dir, "nope.html")}, status: 1, stderr: "nope.html"},
		{name: "would overwrite its input", args: []string{"-o", filepath.Join(dir, "out"), txtIn}, status: 1, stderr: "overwrite", file: txtIn, want: "<p>mine</p>"},
		{name: "two inputs one output", args: []string{"-o", filepath.Join(dir, "out2"), page, filepath.Join(dir, "page.htm")}, status: 1, stderr: "already written"},
	}
	if err := os.WriteFile(filepath.Join(dir, "page.htm"), []byte("<p>other</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if got := run(tt.args, &stderr); got != tt.status {
				t.Errorf("status %d, want %d (stderr %q)", got, tt.status, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q, want it to hold %q", stderr.String(), tt.stderr)
			}
			if tt.file != "" {
				got, err := os.ReadFile(tt.file)
				if err != nil {
					t.Fatal(err)
				}
				if string(got) != tt.want {
					t.Errorf("%s = %q, want %q", tt.file, got, tt.want)
				}
			}
		})
	}
}
