package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/pare-dev/pare/extract"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// streams are the command's standard streams.
type streams struct {
	in       io.Reader
	out, err io.Writer
}

// options are the root command's flags.
type options struct {
	output      string
	input       string
	url         string
	frontMatter bool
	images      bool

	args []string
}

func newRootCmd(ios *streams) *cobra.Command {
	opts := &options{}
	cmd := &cobra.Command{
		Use:   "pare [flags] [FILE|-]",
		Short: "Clean a web page or a text dump into a Markdown article",
		Long: `pare reads a web page (HTML) or a plain-text dump of one and writes the
article it holds as clean Markdown: YAML front matter (title, date, author,
site, url, lang, source), the title as a heading, then the body, with menus,
share bars, cookie notes, footers and the rest of the page chrome removed.

With no FILE, or when FILE is -, pare reads standard input.`,
		Example: `  pare page.html > page.md
  cat dump.txt | pare
  pare --url https://example.org/news/1 page.html -o page.md`,
		Version:       version,
		Args:          cobra.MaximumNArgs(1),
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.args = args
			return runRoot(ios, opts)
		},
	}
	cmd.SetIn(ios.in)
	cmd.SetOut(ios.out)
	cmd.SetErr(ios.err)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	f := cmd.Flags()
	f.StringVarP(&opts.output, "output", "o", "", "write to `FILE` instead of standard output (atomically)")
	f.StringVar(&opts.input, "input", "auto", "how to read the input: auto, html or text")
	f.StringVar(&opts.url, "url", "", "the page's `URL`: resolves relative links and fills url")
	f.BoolVar(&opts.frontMatter, "front-matter", true, "write the YAML front matter (false: the date goes under the title)")
	f.BoolVar(&opts.images, "images", false, "keep images, with their alt text")
	return cmd
}

// runRoot cleans one input.
func runRoot(ios *streams, opts *options) error {
	in, err := extract.ParseInput(opts.input)
	if err != nil {
		return usageError{err}
	}
	name := "-"
	if len(opts.args) == 1 {
		name = opts.args[0]
	}
	var data []byte
	if name == "-" {
		data, err = io.ReadAll(ios.in)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", displayName(name), err)
	}
	xo := extract.Options{Input: in, URL: opts.url, Images: opts.images}
	if name != "-" {
		xo.Source = name
	}
	doc, err := extract.ExtractBytes(data, xo)
	if err != nil {
		return fmt.Errorf("%s: %w", displayName(name), err)
	}
	var buf bytes.Buffer
	if err := doc.WriteMarkdown(&buf, extract.MarkdownOptions{NoFrontMatter: !opts.frontMatter}); err != nil {
		return err
	}
	if opts.output == "" || opts.output == "-" {
		_, err = ios.out.Write(buf.Bytes())
		return err
	}
	return writeFileAtomic(opts.output, buf.Bytes())
}

// displayName names an input in messages.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}
