package extract

import (
	"bytes"
	"unicode/utf8"
)

// sniffLimit is how much of the input detection looks at.
const sniffLimit = 8 << 10

// isBinary reports whether b looks like a binary file rather than a page or
// text: NUL bytes, or many control characters, near its start.
func isBinary(b []byte) bool {
	head := b[:min(len(b), sniffLimit)]
	if bytes.IndexByte(head, 0) >= 0 {
		return !bytes.HasPrefix(head, []byte{0xFF, 0xFE}) && !bytes.HasPrefix(head, []byte{0xFE, 0xFF})
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(head)/100+2
}

// htmlMarkers are lower-cased tags whose presence near the start of the
// input marks it as HTML.
var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"),
	[]byte("<meta "), []byte("<title"), []byte("<div"), []byte("<p>"), []byte("<article"),
}

// looksLikeHTML reports whether b (UTF-8) is an HTML page rather than a text
// dump: it opens with a tag, or carries page-level tags near its start.
func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), sniffLimit)])
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	if len(trimmed) > 1 && trimmed[0] == '<' {
		r, _ := utf8.DecodeRune(trimmed[1:])
		if r == '!' || r == '?' || r == '/' || ('a' <= r && r <= 'z') {
			return true
		}
	}
	hits := 0
	for _, m := range htmlMarkers {
		if bytes.Contains(head, m) {
			hits++
		}
	}
	return hits >= 2
}
