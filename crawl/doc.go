// Package crawl reads the HTML pages out of WARC files (ISO 28500, as
// Common Crawl, Heritrix, wget --warc-file and Browsertrix write them),
// plain or compressed with one gzip member per record. Parsing is left to
// github.com/nlnwa/gowarc; this package picks the records that are pages,
// decodes their HTTP payload, and says why it skipped the others.
//
// A page is a response record whose HTTP status is 200 and whose payload is
// HTML by its Content-Type (or, when that is missing or generic, by its
// first bytes). Every other record is skipped with a reason. A truncated or
// corrupt record is reported with its offset and reading goes on at the
// next record the parser finds.
//
// The package does no I/O beyond the readers and writers it is given.
package crawl
