package extract

import "bytes"

// sniffLimit is how much of the input detection looks at.
const sniffLimit = 8 << 10

// isBinary reports whether b looks like a binary file rather than a page or
// text: many control characters (NUL bytes among them) near its start. A
// few stray ones in a page are not enough, and UTF-16, whose ASCII
// characters have a zero byte each, is text.
func isBinary(b []byte) bool {
	head := b[:min(len(b), sniffLimit)]
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if _, ok := utf16Order(head); ok {
		return false
	}
	ctl := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	return ctl > len(head)/100+2
}

// htmlMarkers are lower-cased page-level tags: their presence near the
// start of the input marks it as an HTML document.
var htmlMarkers = [][]byte{
	[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml"),
}

// looksLikeHTML reports whether b (UTF-8) is an HTML page rather than a text
// dump: it carries page-level tags near its start, or it is a fragment dense
// with tags. A text dump may hold a stray tag or two (a <noscript> line that
// leaked into it, a sentence about markup), never tags at every few words.
func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), sniffLimit)])
	for _, m := range htmlMarkers {
		if bytes.Contains(head, m) {
			return true
		}
	}
	// Density is judged on the whole input: a page may open with a long
	// style block, a dump with a leaked line of tags.
	body := b[:min(len(b), densityLimit)]
	tags := 0
	for i := bytes.IndexByte(body, '<'); i >= 0 && i+1 < len(body); {
		c := body[i+1]
		if c == '/' && i+2 < len(body) {
			c = body[i+2]
		}
		if c |= 0x20; ('a' <= c && c <= 'z') || body[i+1] == '!' {
			tags++
		}
		j := bytes.IndexByte(body[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return tags >= 2 && tags*tagSpacing >= len(body)
}

// densityLimit is how much of the input the tag density is measured on.
const densityLimit = 1 << 20

// tagSpacing is the most bytes per tag, on average, that an HTML fragment
// without page-level tags has.
const tagSpacing = 300
