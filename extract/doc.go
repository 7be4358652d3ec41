// Package extract turns the bytes of a web page, HTML or a plain-text dump,
// into a Document: the article's metadata and its body as blocks, with the
// page chrome removed. It decodes the charset, tells HTML from text, runs the
// readability pass on HTML, reads title, date and the rest of the metadata,
// and parses text dumps line by line. Boilerplate rules live in package clean.
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
