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
var defaultIncludes = []string{"*.html", "*.htm", "*.xhtml", "*.shtml", "*.txt"}

// collector lists the jobs of a batch, in a stable order: the inputs in the
// order given, each folder walked in lexical order.
type collector struct {
	opts    *options
	outDir  string
	outInfo os.FileInfo // the output folder when it exists, not to be walked
	report  func(name string, err error)

	jobs  []job
	owner map[string]string // output path → the input writing it
}

// collectJobs lists the batch's jobs. Inputs that cannot be read are passed
// to report and left out; the error is for a list of files that cannot be
// read at all.
func collectJobs(opts *options, stdin io.Reader, report func(string, error)) ([]job, error) {
	c := &collector{opts: opts, outDir: opts.output, report: report, owner: map[string]string{}}
	c.outInfo, _ = os.Stat(opts.output)
	for _, a := range opts.args {
		c.add(a, "")
	}
	if opts.filesFrom != "" {
		var r io.Reader = stdin
		if opts.filesFrom != "-" {
			f, err := os.Open(opts.filesFrom)
			if err != nil {
				return nil, fmt.Errorf("--files-from: %w", err)
			}
			defer f.Close()
			r = f
		}
		sc := bufio.NewScanner(r)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			p := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(p) == "" {
				continue
			}
			prefix := filepath.Base(p)
			if filepath.IsLocal(p) {
				prefix = filepath.Clean(p)
			}
			c.add(p, prefix)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("--files-from: %w", err)
		}
	}
	return c.jobs, nil
}

// add adds one input: a URL, a file, or a folder to walk. prefix is where
// its output goes under the output folder ("" for the folder itself, or the
// file's base name).
func (c *collector) add(name, prefix string) {
	ext := c.opts.outFormat.ext()
	if isURL(name) {
		c.push(job{name: name, url: name, out: filepath.Join(c.outDir, urlPath(name)+ext)})
		return
	}
	fi, err := os.Stat(name)
	if err != nil {
		c.report(name, unwrapPath(err))
		return
	}
	if fi.IsDir() {
		c.walk(name, filepath.ToSlash(prefixOr(prefix, "")), []os.FileInfo{fi})
		return
	}
	rel := prefixOr(prefix, filepath.Base(name))
	c.push(job{name: name, path: name, out: filepath.Join(c.outDir, stripExt(rel)+ext), dir: filepath.Dir(name)})
}

func prefixOr(prefix, def string) string {
	if prefix != "" {
		return prefix
	}
	return def
}

// walk adds the files under dir, rel being dir's place under the output
// folder. ancestors are the folders walked down to dir, to catch symbolic
// links that loop.
func (c *collector) walk(dir, rel string, ancestors []os.FileInfo) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		c.report(dir, unwrapPath(err))
	}
	ext := c.opts.outFormat.ext()
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") {
			continue // hidden files and folders, and pare's own temporary files
		}
		p := filepath.Join(dir, name)
		r := path.Join(rel, name)
		fi, err := os.Stat(p) // follows symbolic links
		if err != nil {
			c.report(p, unwrapPath(err))
			continue
		}
		if fi.IsDir() {
			if c.excluded(r) || (c.outInfo != nil && os.SameFile(fi, c.outInfo)) {
				continue
			}
			if looped(fi, ancestors) {
				c.report(p, errSymlinkLoop)
				continue
			}
			c.walk(p, r, append(ancestors, fi))
			continue
		}
		if !fi.Mode().IsRegular() || !c.included(r) || c.excluded(r) {
			continue
		}
		c.push(job{name: p, path: p, out: filepath.Join(c.outDir, filepath.FromSlash(stripExt(r))+ext), dir: dir})
	}
}

func looped(fi os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(fi, a) {
			return true
		}
	}
	return false
}

// push adds a job unless another input already writes its output, or its
// output would overwrite its input.
func (c *collector) push(j job) {
	key := filepath.Clean(j.out)
	if prev, ok := c.owner[key]; ok {
		c.report(j.name, fmt.Errorf("output %s is already written for %s", j.out, prev))
		return
	}
	if j.path != "" && filepath.Clean(j.path) == key {
		c.report(j.name, fmt.Errorf("output would overwrite the input"))
		return
	}
	c.owner[key] = j.name
	c.jobs = append(c.jobs, j)
}

// included reports whether a file at rel (slash-separated, under the folder
// walked) is to be cleaned.
func (c *collector) included(rel string) bool {
	globs := c.opts.include
	if len(globs) == 0 {
		globs = defaultIncludes
	}
	return matchAny(globs, rel)
}

func (c *collector) excluded(rel string) bool { return matchAny(c.opts.exclude, rel) }

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
