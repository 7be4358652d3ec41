// Package extract turns the bytes of a web page, HTML or a plain-text dump,
// into a Document: the article's metadata and its body as blocks, with the
// page chrome removed. It decodes the charset, tells HTML from text and
// hands the page to one of two paths: the HTML path (metadata, the
// readability pass with a second opinion, title and date) or the text path
// (a dump read line by line). Both give the same Document, defined in
// package article, which also writes it as Markdown, JSON or plain text. The
// boilerplate rules live in package clean.
//
// A program that cleans the page on its standard input:
//
//	package main
//
//	import (
//		"log"
//		"os"
//
//		"github.com/pare-dev/pare/extract"
//	)
//
//	func main() {
//		doc, err := extract.Extract(os.Stdin, extract.Options{URL: "https://example.org/news/1"})
//		if err != nil {
//			log.Fatal(err) // errors.Is(err, extract.ErrNoContent): no article
//		}
//		doc.WriteMarkdown(os.Stdout, extract.MarkdownOptions{})
//	}
//
// The package does no I/O beyond the reader it is given.
//
// Hostile input: each extraction runs under Options.Limits (bytes,
// elements, nesting depth, text lines and a deadline, DefaultLimits when
// zero) and the caller's context, which it looks at between its steps and
// inside its long loops. A document over a limit is refused with an
// ErrLimit error that names the limit; a panic anywhere below
// ExtractContext is caught and returned as an ErrInternal error; a page
// that is a form to fill in or a web server's error page is ErrNoContent.
package extract
