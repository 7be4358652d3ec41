package main

import (
	"context"
	"errors"
	"io"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Defaults of the learned site boilerplate: a block is dropped when it is on
// at least learnMinPages pages and learnMinShare of its site's pages.
const (
	learnMinPages = 3
	learnMinShare = 0.5
)

// runBatch cleans several inputs into the output folder, in parallel.
//
// With learning on, it makes two passes: the first extracts every page and
// counts its blocks per site (fingerprints only), the second extracts each
// page again, drops the blocks learned as site boilerplate and writes it.
// Only the fingerprints are kept between the passes, so memory does not
// grow with the pages' size, and every output is the same whatever -j.
//
// A page whose site has fewer than learnMinPages pages so far is written in
// the first pass already, dated just before its input so that it counts as
// out of date; if its site stays that small, the second pass only dates it
// anew instead of extracting it again. A batch of pages from many sites thus
// costs one extraction a page, not two, for 8 bytes a page.
func runBatch(ctx context.Context, ios *streams, opts *options) error {
	if opts.output == "" || opts.output == "-" {
		return usageErrorf("several inputs or a folder need an output folder: -o DIR/")
	}
	if opts.url != "" {
		return usageErrorf("--url names one page: it cannot apply to a batch")
	}
	for _, a := range opts.args {
		if a == "-" {
			return usageErrorf("standard input (-) cannot be part of a batch; --files-from - reads a list of files")
		}
	}
	if len(opts.args) == 0 && opts.filesFrom == "" {
		// Standard input has no name to write it under.
		return usageErrorf("-o %s is a folder and no input is named: name files, folders or URLs, or write standard input to a file with -o FILE", quoteName(opts.output))
	}
	// "file/" as well as "file": the slash asks for a folder, the file is
	// in the way all the same.
	if fi, err := os.Stat(trimSlash(opts.output)); err == nil && !fi.IsDir() {
		return usageErrorf("-o %s: not a folder", quoteName(opts.output))
	}
	// Made first, so that walking an input that holds it can leave it out.
	if err := os.MkdirAll(opts.output, 0o755); err != nil {
		return err
	}
	rep := newReporter(ios.err, ios.tty && !opts.quiet)
	in, err := newInputs(opts, ios.in)
	if err != nil {
		return err
	}
	c := newCleaner(opts, ios.in)
	c.cache = map[string]*page{}
	c.cacheMax = 2 * opts.maxSize
	c.bytes = newBudget(2 * opts.maxSize)
	b := &batch{opts: opts, rep: rep, inputs: in, cleaner: c, sweep: newSweeper(rep.start)}
	interrupted := !b.run(ctx)
	if interrupted {
		// Pages the first pass wrote and the second did not reach are
		// written all the same.
		rep.addDone(len(b.early))
	}
	if opts.quiet && !interrupted {
		rep.clearBar()
	} else {
		rep.summary(interrupted)
		io.WriteString(ios.err, in.containers.summary())
	}
	switch {
	case interrupted:
		return errInterrupted
	case rep.internal > 0:
		return errReportedInternal
	case rep.failed > 0:
		return errReported
	}
	return nil
}

// trimSlash drops the separators that end a path, but not a root.
func trimSlash(p string) string {
	if t := strings.TrimRight(p, "/"+string(os.PathSeparator)); t != "" {
		return t
	}
	return p
}

// batch is a run over many inputs.
type batch struct {
	opts    *options
	rep     *reporter
	inputs  *inputs
	cleaner *cleaner
	model   *siteModel // nil when not learning
	sweep   *sweeper

	// early holds, for each page the first pass wrote already, its site,
	// keyed by the hash64 of its path: not by its place in the walk, which
	// shifts when inputs are deleted between the passes.
	mu    sync.Mutex
	early map[uint64]string
}

// run learns, then cleans; it returns false when interrupted.
func (b *batch) run(ctx context.Context) bool {
	n := b.inputs.scan(b.rep.fail)
	todo := 0
	for j := range b.inputs.each {
		if b.opts.force || !upToDate(&j) {
			todo++
		}
	}
	if todo == 0 {
		for j := range b.inputs.each {
			b.rep.outcome(j.name, true, nil)
		}
		return true
	}
	if !b.opts.noLearn && n >= learnMinPages {
		b.model = newSiteModel(learnMinPages, learnMinShare)
		b.early = map[uint64]string{}
		b.rep.begin("learning", n)
		if !forEach(ctx, b.opts.jobs, b.inputs.each, func(j job) { b.learn(ctx, j) }) {
			return false
		}
	}
	b.rep.begin("cleaning", todo)
	return forEach(ctx, b.opts.jobs, b.inputs.each, func(j job) {
		if !b.opts.force && upToDate(&j) {
			b.rep.outcome(j.name, true, nil)
			return
		}
		if site, ok := b.takeEarly(j); ok && !b.model.Learns(site) {
			b.finish(j)
			return
		}
		b.clean(ctx, j)
	})
}

// takeEarly returns the site of a page the first pass wrote, and forgets
// it; ok is false when the first pass did not write it.
func (b *batch) takeEarly(j job) (site string, ok bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	key := hash64(j.name)
	site, ok = b.early[key]
	delete(b.early, key)
	return site, ok
}

// learn adds one page to the site model. Failures, a panic included, are
// left to the second pass to report.
func (b *batch) learn(ctx context.Context, j job) {
	defer b.rep.tick()
	guard(func() error {
		doc, err := b.cleaner.clean(ctx, &j)
		if err != nil {
			return err
		}
		site := siteKey(doc, j.dir)
		if b.model.Add(site, doc.Blocks) >= learnMinPages || b.opts.explain || j.path == "" {
			return nil
		}
		if !b.opts.force && upToDate(&j) {
			return nil
		}
		in, err := os.Stat(j.path)
		if err != nil {
			return err
		}
		out, err := render(doc, b.opts)
		if err == nil {
			err = b.write(j.out, out)
		}
		if err == nil {
			then := in.ModTime().Add(-time.Second)
			err = os.Chtimes(j.out, then, then)
		}
		if err == nil {
			b.mu.Lock()
			b.early[hash64(j.name)] = site
			b.mu.Unlock()
		}
		return err
	})
}

// write writes one output, after removing the temporary files a killed
// run left in its folder.
func (b *batch) write(path string, data []byte) error {
	b.sweep.sweep(filepath.Dir(path))
	return writeFileAtomic(path, data)
}

// finish completes a page written in the first pass: it dates it now.
func (b *batch) finish(j job) {
	defer b.rep.tick()
	now := time.Now()
	b.rep.outcome(j.name, false, os.Chtimes(j.out, now, now))
}

// clean cleans one page and writes its output. A panic on the page fails
// that page only.
func (b *batch) clean(ctx context.Context, j job) {
	defer b.rep.tick()
	err := guard(func() error {
		doc, err := b.cleaner.clean(ctx, &j)
		b.cleaner.forget(j.url)
		if err != nil {
			return err
		}
		if b.model != nil {
			b.model.Prune(doc, siteKey(doc, j.dir))
		}
		if b.opts.explain {
			var sb strings.Builder
			explain(&sb, displayName(j.name), doc)
			b.rep.text(sb.String())
		}
		out, err := render(doc, b.opts)
		if err != nil {
			return err
		}
		return b.write(j.out, out)
	})
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return // stopped by the interruption: neither done nor failed
	}
	if _, ok := skipped(err); ok {
		b.rep.outcome(j.name, true, nil)
		return
	}
	b.rep.outcome(j.name, false, err)
}

// upToDate reports whether the job's output is at least as recent as its
// input file.
func upToDate(j *job) bool {
	if j.path == "" {
		return false
	}
	in, err := os.Stat(j.path)
	if err != nil {
		return false
	}
	out, err := os.Stat(j.out)
	return err == nil && !out.ModTime().Before(in.ModTime())
}

// forEach calls fn for each job of jobs on the given number of workers. It
// stops handing out work when ctx ends, waits for the calls under way and
// returns false; it returns true when every call was made.
func forEach(ctx context.Context, workers int, jobs iter.Seq[job], fn func(job)) bool {
	next := make(chan job)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range next {
				fn(j)
			}
		})
	}
	complete := true
	for j := range jobs {
		if ctx.Err() != nil {
			complete = false
			break
		}
		select {
		case next <- j:
		case <-ctx.Done():
			complete = false
		}
		if !complete {
			break
		}
	}
	close(next)
	wg.Wait()
	return complete
}
