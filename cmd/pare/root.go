package main

import (
	"context"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/pare-dev/pare/extract"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// streams are the command's standard streams.
type streams struct {
	in       io.Reader
	out, err io.Writer
	tty      bool // err is a terminal: a progress bar may be drawn on it
}

// options are the root command's flags.
type options struct {
	output      string
	input       string
	url         string
	frontMatter bool
	images      bool
	noImages    bool
	noLinks     bool
	noComments  bool
	noTables    bool
	minWords    int
	chunk       int
	lang        []string
	format      string
	jsonl       bool
	jobs        int
	force       bool
	quiet       bool
	include     []string
	exclude     []string
	filesFrom   string
	noLearn     bool
	explain     bool
	timeout     time.Duration
	maxSize     int64
	maxElements int
	maxDepth    int
	maxLines    int
	deadline    time.Duration

	args []string

	// Set by check from the flags above.
	inputKind extract.Input
	outFormat format
	langs     []string // --lang's codes
}

func newRootCmd(ios *streams) *cobra.Command {
	opts := &options{}
	cmd := &cobra.Command{
		Use:   "pare [flags] [FILE|DIR|URL|-]...",
		Short: "Clean web pages and text dumps into Markdown articles",
		Long: `pare reads a web page (HTML) or a plain-text dump of one and writes the
article it holds as clean Markdown: YAML front matter (title, date, author,
site, url, lang, source), the title as a heading, then the body, with menus,
share bars, cookie notes, footers and the rest of the page chrome removed.

With no input, or when the input is -, pare reads standard input and writes
standard output. An input may be a file, a folder (walked recursively) or an
http(s) URL (fetched). With several inputs or a folder, -o names an output
folder: the input tree is mirrored under it (a/b/page.html becomes
OUT/a/b/page.md), files are cleaned in parallel, and outputs newer than their
input are skipped unless --force. Lines and blocks that recur on many pages of
one site in a batch (footers, comment policies, newsletter boxes) are learned
and dropped from all of them unless --no-learn.

With --jsonl, pare is a filter for Spark's RDD.pipe, Hadoop Streaming or GNU
parallel --pipe: each line of standard input is a JSON record
{"id","url","html"} or {"id","url","text"}, and each line of standard output
the result for the input line at the same position. With inputs named,
--jsonl writes one record per page of them instead, in walk order.

A WARC file (.warc, .warc.gz) is a crawl: each HTML response record is a
page, written to OUT/HOST/PATH.md with -o OUT/, or as a record with --jsonl;
other records are skipped and counted by reason.

Inputs larger than --max-size (32 MiB) are refused, whatever their kind: a
file from its size, without reading it; standard input, a pipe or a device
when the limit is reached; a fetched page; a --jsonl line (an error record).
A fetched URL whose Content-Type is not a web page or plain text is refused.

Exit status: 0 every input was cleaned, 1 an input could not be cleaned, 2 the
command line is wrong, 3 an input met a bug in pare ("internal error", the
other inputs are cleaned all the same; 3 wins over 1), 130 interrupted
(SIGINT, SIGTERM). With --jsonl, failures are error records and the status
stays 0.`,
		Example: `  # One page, to standard output or to a file
  pare page.html > page.md
  cat dump.txt | pare --input text
  pare --url https://example.org/news/1 page.html -o page.md
  pare https://example.org/news/1

  # A whole tree, in parallel, resumable
  pare -o out/ saved-pages/ more.html
  pare -j 4 --include '*.html' --exclude 'tag/*' -o out/ site/
  find . -name '*.htm' | pare --files-from - -o out/

  # JSON, and JSON Lines in a pipeline
  pare --format json page.html
  pare --jsonl < pages.jsonl > articles.jsonl

  # Why was this text removed?
  pare --explain page.html > /dev/null`,
		Version:       version,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			if err := opts.check(cmd); err != nil {
				return err
			}
			// -j N is a promise about CPUs, not only workers: pare uses N
			// cores in all (the garbage collector included), which is what a
			// Spark or Hadoop task given one core, or a shared machine, needs.
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(min(opts.jobs, runtime.NumCPU())))
			return runRoot(cmd.Context(), ios, opts)
		},
	}
	cmd.SetIn(ios.in)
	cmd.SetOut(ios.out)
	cmd.SetErr(ios.err)
	cmd.SetVersionTemplate("{{.Name}} {{.Version}}\n")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	f := cmd.Flags()
	f.StringVarP(&opts.output, "output", "o", "", "write to `FILE` (atomically); for several inputs or a folder, FILE is an output folder")
	f.StringVar(&opts.input, "input", "auto", "how to read inputs, `KIND` auto, html or text")
	f.StringVar(&opts.url, "url", "", "the page's `URL`: resolves relative links and fills url (one input only)")
	f.BoolVar(&opts.frontMatter, "front-matter", true, "write the YAML front matter (false: date, author and site go in a line under the title, the URL under it)")
	f.BoolVar(&opts.images, "images", false, "keep images, with their alt text")
	f.BoolVar(&opts.noImages, "no-images", false, "drop images (the default; wins over --images)")
	f.BoolVar(&opts.noLinks, "no-links", false, "write links as their text, targets dropped")
	f.BoolVar(&opts.noComments, "no-comments", false, "drop readers' comments (kept by default when they follow the article)")
	f.BoolVar(&opts.noTables, "no-tables", false, "leave tables out")
	f.IntVar(&opts.minWords, "min-words", 0, "fail pages whose body has fewer than `N` words")
	f.IntVar(&opts.chunk, "chunk", 0, "write the article as JSON Lines of chunks of at most about `N` words, for retrieval (output extension .jsonl)")
	f.StringSliceVar(&opts.lang, "lang", nil, "keep only pages in these languages (`xx[,yy]`); others are skipped, not failed")
	f.StringVar(&opts.format, "format", "markdown", "output `FORMAT`: markdown, json or text")
	f.BoolVar(&opts.jsonl, "jsonl", false, "write one JSON record per line: per line of stdin, or per page of the inputs named (files, folders, WARC and JSONL files)")
	f.IntVarP(&opts.jobs, "jobs", "j", 0, "clean `N` inputs in parallel, on at most N CPUs (default: the number of CPUs)")
	f.BoolVar(&opts.force, "force", false, "rewrite outputs that are newer than their input")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "no progress bar and no summary")
	f.StringArrayVar(&opts.include, "include", nil, "in folders, clean only files matching `GLOB` (repeatable; default: html, htm, xhtml, shtml, txt)")
	f.StringArrayVar(&opts.exclude, "exclude", nil, "in folders, skip files and folders matching `GLOB` (repeatable)")
	f.StringVar(&opts.filesFrom, "files-from", "", "read input paths, one a line, from `FILE` (- for stdin)")
	f.BoolVar(&opts.noLearn, "no-learn", false, "do not learn and drop the boilerplate that recurs across a site's pages")
	f.BoolVar(&opts.explain, "explain", false, "list on stderr each removed block and the rule that removed it")
	f.DurationVar(&opts.timeout, "timeout", 30*time.Second, "give up fetching a URL after this long")
	f.Int64Var(&opts.maxSize, "max-size", defaultMaxSize, "refuse inputs (files, stdin, fetched pages, --jsonl lines) larger than `BYTES`")
	def := extract.DefaultLimits()
	f.IntVar(&opts.maxElements, "max-elements", def.MaxElements, "refuse pages of more than `N` HTML elements (-1: no limit)")
	f.IntVar(&opts.maxDepth, "max-depth", def.MaxDepth, "refuse pages whose elements nest deeper than `N` (-1: no limit)")
	f.IntVar(&opts.maxLines, "max-lines", def.MaxLines, "refuse text dumps of more than `N` lines (-1: no limit)")
	f.DurationVar(&opts.deadline, "deadline", def.Timeout, "give up extracting one page after this long")

	cmd.AddCommand(newManCmd(ios))
	cmd.InitDefaultCompletionCmd()
	typedUsage(cmd)
	return cmd
}

// typedUsage makes the argument checks of cmd and its subcommands return a
// usageError, as SetFlagErrorFunc does for flags (subcommands inherit it):
// exit status 2 comes from the error's type, never from its text.
func typedUsage(cmd *cobra.Command) {
	if check := cmd.Args; check != nil {
		cmd.Args = func(c *cobra.Command, args []string) error {
			if err := check(c, args); err != nil {
				return usageError{err}
			}
			return nil
		}
	}
	for _, sub := range cmd.Commands() {
		typedUsage(sub)
	}
}

// limits returns the limits on the work one page may cost, from the flags:
// --max-size bounds the bytes extract reads as well as those pare reads.
func (o *options) limits() extract.Limits {
	return extract.Limits{
		MaxBytes:    int(o.maxSize),
		MaxElements: o.maxElements,
		MaxDepth:    o.maxDepth,
		MaxLines:    o.maxLines,
		Timeout:     o.deadline,
	}
}

// check validates the flags and fills the fields derived from them.
func (o *options) check(cmd *cobra.Command) error {
	var err error
	if o.inputKind, err = extract.ParseInput(o.input); err != nil {
		return usageError{err}
	}
	if o.outFormat, err = parseFormat(o.format); err != nil {
		return usageError{err}
	}
	if o.langs, err = parseLangs(o.lang); err != nil {
		return usageError{err}
	}
	if o.minWords < 0 {
		return usageError{errors.New("--min-words must not be negative")}
	}
	if o.noImages {
		o.images = false
	}
	switch {
	case o.jobs < 0:
		return usageErrorf("--jobs must be positive")
	case o.jobs == 0:
		o.jobs = runtime.NumCPU()
	}
	if o.maxSize < 1 {
		return usageErrorf("--max-size must be positive")
	}
	if o.timeout <= 0 {
		return usageErrorf("--timeout must be positive")
	}
	if o.deadline <= 0 {
		return usageErrorf("--deadline must be positive")
	}
	for name, n := range map[string]int{"--max-elements": o.maxElements, "--max-depth": o.maxDepth, "--max-lines": o.maxLines} {
		if n == 0 || n < -1 {
			return usageErrorf("%s must be positive, or -1 for no limit", name)
		}
	}
	for _, g := range append(append([]string{}, o.include...), o.exclude...) {
		if err := checkGlob(g); err != nil {
			return usageErrorf("bad glob %q: %v", g, err)
		}
	}
	if o.chunk < 0 {
		return usageErrorf("--chunk must be positive")
	}
	if o.chunk > 0 {
		if o.jsonl {
			return usageErrorf("--chunk writes JSON Lines of its own: not with --jsonl")
		}
		o.outFormat = formatChunks
	}
	if o.jsonl {
		switch {
		case o.output != "":
			return usageErrorf("--jsonl writes standard output only")
		case o.outFormat == formatText:
			return usageErrorf("--jsonl writes JSON records: use --format markdown or json")
		}
	}
	return nil
}

// runRoot cleans the inputs: one page to a file or standard output, a batch
// into a folder, or a stream of JSON records.
func runRoot(ctx context.Context, ios *streams, opts *options) error {
	if opts.jsonl && opts.jsonlFromInputs() {
		return runJSONLInputs(ctx, ios, opts)
	}
	if opts.jsonl {
		return runJSONL(ctx, ios, opts)
	}
	if opts.namesWARC() && (opts.output == "" || opts.output == "-") {
		return usageErrorf("a WARC file holds many pages: write them into a folder with -o DIR/, or as one stream with --jsonl")
	}
	if opts.isBatch() || opts.namesWARC() {
		return runBatch(ctx, ios, opts)
	}
	return runOne(ctx, ios, opts)
}

// isBatch reports whether the inputs make a batch written into a folder:
// several inputs, a folder, a list of files, or an output folder.
func (o *options) isBatch() bool {
	if len(o.args) > 1 || o.filesFrom != "" {
		return true
	}
	if strings.HasSuffix(o.output, "/") || strings.HasSuffix(o.output, string(os.PathSeparator)) {
		return true
	}
	if o.output != "" {
		if fi, err := os.Stat(o.output); err == nil && fi.IsDir() {
			return true
		}
	}
	if len(o.args) == 1 && !isURL(o.args[0]) && o.args[0] != "-" {
		if fi, err := os.Stat(o.args[0]); err == nil && fi.IsDir() {
			return true
		}
	}
	return false
}
