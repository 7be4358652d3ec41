package main

import (
	"context"
	"errors"
	"io"
	"iter"
	"os"
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
	if fi, err := os.Stat(opts.output); err == nil && !fi.IsDir() {
		return usageErrorf("-o %s: not a folder", opts.output)
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
	b := &batch{opts: opts, rep: rep, inputs: in, cleaner: c}
	interrupted := !b.run(ctx)
	if opts.quiet && !interrupted {
		rep.clearBar()
	} else {
		rep.summary(interrupted)
		io.WriteString(ios.err, in.containers.summary())
	}
	switch {
	case interrupted:
		return errInterrupted
	case rep.failed > 0:
		return errReported
	}
	return nil
}

// batch is a run over many inputs.
type batch struct {
	opts    *options
	rep     *reporter
	inputs  *inputs
	cleaner *cleaner
	model   *siteModel // nil when not learning

	// early holds, for each job by seq, the hash64 of its site when the
	// first pass wrote its output already, and 0 otherwise.
	early []uint64
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
		b.early = make([]uint64, n)
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
		if b.early != nil && b.early[j.seq] != 0 && !b.model.learns(b.early[j.seq]) {
			b.finish(j)
			return
		}
		b.clean(ctx, j)
	})
}

// learn adds one page to the site model. Failures are left to the second
// pass to report.
func (b *batch) learn(ctx context.Context, j job) {
	defer b.rep.tick()
	doc, err := b.cleaner.clean(ctx, &j)
	if err != nil {
		return
	}
	site := siteKey(doc, j.dir)
	if b.model.add(site, doc.Blocks) >= learnMinPages || b.opts.explain || j.path == "" {
		return
	}
	if !b.opts.force && upToDate(&j) {
		return
	}
	in, err := os.Stat(j.path)
	if err != nil {
		return
	}
	out, err := render(doc, b.opts)
	if err == nil {
		err = writeFileAtomic(j.out, out)
	}
	if err == nil {
		then := in.ModTime().Add(-time.Second)
		err = os.Chtimes(j.out, then, then)
	}
	if err == nil {
		b.early[j.seq] = hash64(site)
	}
}

// finish completes a page written in the first pass: it dates it now.
func (b *batch) finish(j job) {
	defer b.rep.tick()
	now := time.Now()
	b.rep.outcome(j.name, false, os.Chtimes(j.out, now, now))
}

// clean cleans one page and writes its output.
func (b *batch) clean(ctx context.Context, j job) {
	defer b.rep.tick()
	doc, err := b.cleaner.clean(ctx, &j)
	b.cleaner.forget(j.url)
	if err == nil {
		if b.model != nil {
			b.model.prune(doc, siteKey(doc, j.dir))
		}
		if b.opts.explain {
			var sb strings.Builder
			explain(&sb, j.name, doc)
			b.rep.text(sb.String())
		}
		var out []byte
		if out, err = render(doc, b.opts); err == nil {
			err = writeFileAtomic(j.out, out)
		}
	}
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		return // stopped by the interruption: neither done nor failed
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
