// Command domtext writes the DOM text content dump of each page it is
// given (see package domtext):
//
//	go run ./internal/domtext/cmd/domtext -o OUTDIR FILE...
//
// writes OUTDIR/NAME.txt for each FILE (NAME is its base name without its
// extension). Each output is written to a temporary file and renamed, so
// no half-written dump is left; an output that would overwrite one of the
// inputs, or that two inputs would both write, is refused. A page that
// cannot be dumped is reported on standard error and the others are
// dumped; the status is then 1 (2 for a wrong command line).
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/pare-dev/pare/internal/domtext"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// run dumps the pages args name and returns the exit status.
func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("domtext", flag.ContinueOnError)
	fs.SetOutput(stderr)
	outDir := fs.String("o", "", "output folder (required)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *outDir == "" || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: domtext -o OUTDIR FILE...")
		return 2
	}
	if err := os.MkdirAll(*outDir, 0o755); err != nil {
		fmt.Fprintf(stderr, "domtext: %v\n", err)
		return 1
	}
	inputs := map[string]bool{}
	for _, in := range fs.Args() {
		if abs, err := filepath.Abs(in); err == nil {
			inputs[abs] = true
		}
	}
	status := 0
	written := map[string]string{}
	for _, in := range fs.Args() {
		out := filepath.Join(*outDir, strings.TrimSuffix(filepath.Base(in), filepath.Ext(in))+".txt")
		if prev, ok := written[out]; ok {
			fmt.Fprintf(stderr, "domtext: %s: output %s already written for %s\n", in, out, prev)
			status = 1
			continue
		}
		if err := dumpFile(in, out, inputs); err != nil {
			fmt.Fprintf(stderr, "domtext: %s: %v\n", in, err)
			status = 1
			continue
		}
		written[out] = in
	}
	return status
}

// errInput is returned for an output that would overwrite an input.
var errInput = errors.New("output would overwrite an input")

// dumpFile writes the dump of the page at in to out, atomically.
func dumpFile(in, out string, inputs map[string]bool) error {
	if abs, err := filepath.Abs(out); err == nil && inputs[abs] {
		return fmt.Errorf("%w: %s", errInput, out)
	}
	if si, err := os.Stat(in); err == nil {
		if so, err := os.Stat(out); err == nil && os.SameFile(si, so) {
			return fmt.Errorf("%w: %s", errInput, out)
		}
	}
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	page, err := io.ReadAll(io.LimitReader(f, domtext.MaxBytes+1))
	f.Close()
	if err != nil {
		return err
	}
	dump, err := domtext.Dump(page)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(dump); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), out); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}
