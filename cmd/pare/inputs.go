package main

import (
	"bufio"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// errSymlinkLoop reports a symbolic link that leads back to a folder above
// it.
var errSymlinkLoop = errors.New("symbolic link loop, not followed")

// defaultIncludes are the files cleaned in folders when --include is not
// given.
var defaultIncludes = []string{"*.html", "*.htm", "*.xhtml", "*.shtml", "*.txt", "*.warc", "*.warc.gz"}

// inputs are the inputs of a batch: the paths and URLs given, the folders
// among them walked in lexical order. They are walked again for each pass
// rather than listed, so that memory does not grow with the number of files.
type inputs struct {
	opts    *options
	outDir  string
	outInfo os.FileInfo // the output folder when it exists, not to be walked
	list    []string    // the inputs named on the command line

	stdinList []string // the --files-from list read from standard input

	// rejected holds the hashes of inputs left out by scan because another
	// input writes the same output, or theirs would overwrite them.
	rejected map[uint64]bool

	containers containerStats // records read from WARC and JSONL files (warc.go)
}

// newInputs checks the list of inputs; the error is for a --files-from
// list that cannot be read. A list on standard input is read into memory, as
// it cannot be read again; a list in a file is read again on each walk.
func newInputs(opts *options, stdin io.Reader) (*inputs, error) {
	in := &inputs{opts: opts, outDir: opts.output, list: opts.args, rejected: map[uint64]bool{}}
	in.outInfo, _ = os.Stat(opts.output)
	switch opts.filesFrom {
	case "":
	case "-":
		err := readList(stdin, func(p string) { in.stdinList = append(in.stdinList, p) })
		if err != nil {
			return nil, fmt.Errorf("--files-from: %w", err)
		}
	default:
		if err := in.eachListed(func(string) {}); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// eachListed calls fn with each path of the --files-from list.
func (in *inputs) eachListed(fn func(string)) error {
	switch in.opts.filesFrom {
	case "":
		return nil
	case "-":
		for _, p := range in.stdinList {
			fn(p)
		}
		return nil
	}
	f, err := os.Open(in.opts.filesFrom)
	if err != nil {
		return fmt.Errorf("--files-from: %w", err)
	}
	defer f.Close()
	if err := readList(f, fn); err != nil {
		return fmt.Errorf("--files-from %s: %w", in.opts.filesFrom, err)
	}
	return nil
}

// readList calls fn with each line of r that is not blank.
func readList(r io.Reader, fn func(string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if p := strings.TrimRight(sc.Text(), "\r"); strings.TrimSpace(p) != "" {
			fn(p)
		}
	}
	return sc.Err()
}

// scan walks the inputs, reports those that cannot be read and those whose
// output another input writes or that would overwrite an input of the run
// (which later walks leave out), and returns the jobs' count. An input
// named twice (the same file by any name, or a file inside a folder named
// too) is one job, the first.
func (in *inputs) scan(report func(string, error)) int {
	// The first walk notes every input, so that the second can tell an
	// output that would overwrite one, wherever it comes in the walk.
	ids := map[uint64]bool{}
	walk := walker{inputs: in, report: func(string, error) {}}
	for j := range walk.all {
		if id := j.id(); id != 0 {
			ids[id] = true
		}
	}
	outs := map[uint64]bool{} // hashes of the outputs, to catch two inputs writing one
	n := 0
	walk = walker{inputs: in, report: report}
	for j := range in.unique(walk.all) {
		key := filepath.Clean(j.out)
		out := fileID(j.out) // 0 when the output does not exist yet
		switch {
		case outs[hash64(key)]:
			report(j.name, fmt.Errorf("output %s is written for another input already", quoteName(j.out)))
			in.rejected[hash64(j.name)] = true
		case out != 0 && j.path != "" && out == fileID(j.path):
			report(j.name, fmt.Errorf("output would overwrite the input"))
			in.rejected[hash64(j.name)] = true
		case out != 0 && ids[out]:
			report(j.name, fmt.Errorf("output %s would overwrite another input", quoteName(j.out)))
			in.rejected[hash64(j.name)] = true
		default:
			outs[hash64(key)] = true
			n++
		}
	}
	return n
}

// unique yields the jobs of walk, each input once: the first time it comes.
func (in *inputs) unique(walk func(func(job) bool)) func(func(job) bool) {
	return func(yield func(job) bool) {
		seen := map[uint64]bool{}
		for j := range walk {
			if id := j.id(); id != 0 {
				if seen[id] {
					continue
				}
				seen[id] = true
			}
			if !yield(j) {
				return
			}
		}
	}
}

// id names the job's input: its file whatever its name, or its URL, and
// for a page held in a file (a WARC record, a JSONL line) the page's place
// in it; 0 when the file cannot be read.
func (j *job) id() uint64 {
	if j.url != "" {
		return hash64("url\x00"+j.url) | 1
	}
	id := fileID(j.path)
	if j.inner != nil && id != 0 {
		id = hash64(fmt.Sprintf("%d\x00%d", id, j.inner.key())) | 1
	}
	return id
}

// each yields the jobs that scan kept, in the same order, numbered.
func (in *inputs) each(yield func(job) bool) {
	walk := walker{inputs: in, report: func(string, error) {}}
	seq := 0
	for j := range in.unique(walk.all) {
		if in.rejected[hash64(j.name)] {
			continue
		}
		j.seq = seq
		seq++
		if !yield(j) {
			return
		}
	}
}

// walker goes through the inputs once.
type walker struct {
	*inputs
	report func(name string, err error)
	yield  func(job) bool
	stop   bool
}

// all yields every input's jobs: the command line's, then the list's. A
// listed path that is relative keeps its place under the output folder.
func (w *walker) all(yield func(job) bool) {
	w.yield = yield
	for _, name := range w.list {
		if w.add(name, ""); w.stop {
			return
		}
	}
	err := w.eachListed(func(p string) {
		if w.stop {
			return
		}
		prefix := filepath.Base(p)
		if filepath.IsLocal(p) {
			prefix = filepath.Clean(p)
		}
		w.add(p, prefix)
	})
	if err != nil {
		w.report(w.opts.filesFrom, err)
	}
}

func (w *walker) push(j job) {
	if !w.stop && !w.yield(j) {
		w.stop = true
	}
}

// add yields one input's jobs: a URL, a file, or the files of a folder.
// prefix is where its output goes under the output folder ("" for a folder
// named on the command line, the file's base name for a file).
func (w *walker) add(name, prefix string) {
	ext := w.opts.outFormat.ext()
	if isURL(name) {
		w.push(job{name: name, url: name, out: filepath.Join(w.outDir, urlPath(name)+ext)})
		return
	}
	fi, err := os.Stat(name)
	if err != nil {
		w.report(name, unwrapPath(err))
		return
	}
	if fi.IsDir() {
		w.walk(name, filepath.ToSlash(prefix), []os.FileInfo{fi})
		return
	}
	if w.container(name, true) {
		return
	}
	rel := prefixOr(prefix, filepath.Base(name))
	w.push(job{name: name, path: name, out: filepath.Join(w.outDir, stripExt(rel)+ext), dir: filepath.Dir(name)})
}

func prefixOr(prefix, def string) string {
	if prefix != "" {
		return prefix
	}
	return def
}

// walk yields the files under dir, rel being dir's place under the output
// folder. ancestors are the folders walked down to dir, to catch symbolic
// links that loop.
func (w *walker) walk(dir, rel string, ancestors []os.FileInfo) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.report(dir, unwrapPath(err))
	}
	ext := w.opts.outFormat.ext()
	for _, e := range entries {
		if w.stop {
			return
		}
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders, and pare's own temporary files
		}
		p := filepath.Join(dir, name)
		r := path.Join(rel, name)
		typ := e.Type()
		if typ&fs.ModeSymlink != 0 || typ.IsDir() {
			fi, err := os.Stat(p) // follows symbolic links
			if err != nil {
				w.report(p, unwrapPath(err))
				continue
			}
			typ = fi.Mode().Type()
			if fi.IsDir() {
				w.dir(p, r, fi, ancestors)
				continue
			}
		}
		if !typ.IsRegular() || !w.included(r) || w.excluded(r) || w.container(p, false) {
			continue
		}
		w.push(job{name: p, path: p, out: filepath.Join(w.outDir, filepath.FromSlash(stripExt(r))+ext), dir: dir})
	}
}

// dir walks the folder p, found at rel, unless it is excluded, the output
// folder, or a link back to one of its ancestors.
func (w *walker) dir(p, rel string, fi os.FileInfo, ancestors []os.FileInfo) {
	if w.excluded(rel) || (w.outInfo != nil && os.SameFile(fi, w.outInfo)) {
		return
	}
	if looped(fi, ancestors) {
		w.report(p, errSymlinkLoop)
		return
	}
	w.walk(p, rel, append(ancestors, fi))
}

func looped(fi os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(fi, a) {
			return true
		}
	}
	return false
}

// included reports whether a file at rel (slash-separated, under the folder
// walked) is to be cleaned.
func (in *inputs) included(rel string) bool {
	if len(in.opts.include) == 0 {
		// page.HTML and page.Htm are pages too.
		return matchAny(defaultIncludes, strings.ToLower(rel))
	}
	return matchAny(in.opts.include, rel)
}

func (in *inputs) excluded(rel string) bool { return matchAny(in.opts.exclude, rel) }

// matchAny reports whether rel matches one of the globs: a glob with a slash
// matches the whole path under the folder walked, one without matches the
// base name.
func matchAny(globs []string, rel string) bool {
	for _, g := range globs {
		target := path.Base(rel)
		if strings.Contains(g, "/") {
			target = rel
		}
		if ok, _ := path.Match(g, target); ok {
			return true
		}
	}
	return false
}

// checkGlob reports a malformed glob.
func checkGlob(g string) error {
	_, err := path.Match(g, "")
	return err
}

// stripExt returns name without its extension.
func stripExt(name string) string {
	return strings.TrimSuffix(name, path.Ext(name))
}

// urlPath maps a URL to a relative output path: host, then the path's
// segments with unsafe characters replaced, "index" for a folder, and a
// short hash of the query when there is one.
func urlPath(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "url-" + shortHash(raw)
	}
	segs := []string{safeName(u.Hostname())}
	for _, s := range strings.Split(u.Path, "/") {
		if s = safeName(s); s != "" && s != "." && s != ".." {
			segs = append(segs, s)
		}
	}
	if strings.HasSuffix(u.Path, "/") || len(segs) == 1 {
		segs = append(segs, "index")
	}
	last := stripExt(segs[len(segs)-1])
	if last == "" {
		last = "index"
	}
	if u.RawQuery != "" {
		last += "-" + shortHash(u.RawQuery)
	}
	segs[len(segs)-1] = last
	return filepath.Join(segs...)
}

// safeName keeps letters, digits, dot, dash and underscore.
func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			return r
		}
		return '_'
	}, s)
}

// hash64 hashes a path, to remember it in 8 bytes.
func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func shortHash(s string) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("%08x", h.Sum32())
}

// unwrapPath strips the operation and path from a file error, since
// messages name the input already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
