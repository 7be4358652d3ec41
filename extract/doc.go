// Package extract turns the bytes of a web page, HTML or a plain-text dump,
// into a Document: the article's metadata and its body as blocks, with the
// page chrome removed. It decodes the charset, tells HTML from text, runs the
// readability pass on HTML, reads title, date and the rest of the metadata,
// and parses text dumps line by line. Boilerplate rules live in package clean.
//
// The package does no I/O beyond the reader it is given.
package extract
