package extract

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// toUTF8 decodes raw page bytes to UTF-8, by the precedence of the WHATWG
// encoding sniffing: a byte-order mark first, then the charset of the
// Content-Type header (contentType, "" when unknown); then bytes that are
// valid UTF-8 as they are, then the charset the page declares in a <meta>
// tag; then the bytes' own pattern (UTF-16 without a mark, a Japanese,
// Chinese, Korean or Cyrillic legacy encoding, sniffEncoding), and
// windows-1252 as the last resort.
func toUTF8(b []byte, contentType string) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return mendUTF8(b[3:])
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		if out, _, err := transform.Bytes(dec, b); err == nil {
			return out
		}
	}
	if order, ok := utf16Order(b); ok {
		if out, _, err := transform.Bytes(unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder(), b); err == nil {
			return out
		}
	}
	enc, name := headerCharset(contentType)
	if enc == nil && utf8.Valid(b) {
		return b
	}
	if enc == nil {
		enc, name = declaredCharset(b)
	}
	if enc == nil {
		enc, name, _ = charset.DetermineEncoding(b, "")
		if name != "utf-8" {
			if e, n := sniffEncoding(b); e != nil {
				enc, name = e, n
			}
		}
	}
	if name == "utf-8" {
		return mendUTF8(b)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		out, _, _ = transform.Bytes(charmap.Windows1252.NewDecoder(), b)
	}
	return out
}

// headerCharset returns the encoding a Content-Type header names, or nil.
// A page served as UTF-16 is read by its bytes, which a byte-order mark or
// their pattern tells.
func headerCharset(contentType string) (encoding.Encoding, string) {
	if contentType == "" {
		return nil, ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return nil, ""
	}
	e, name := charset.Lookup(params["charset"])
	if e == nil || strings.HasPrefix(name, "utf-16") {
		return nil, ""
	}
	return e, name
}

// utf16Order tells UTF-16 without a byte-order mark by the zero bytes of
// its ASCII characters: in the first utf16Sniff bytes, most pairs have a
// zero high byte (at odd offsets in little-endian order, even ones in
// big-endian) and none a zero low byte.
func utf16Order(b []byte) (unicode.Endianness, bool) {
	head := b[:min(len(b), utf16Sniff)&^1]
	if len(head) < 8 {
		return unicode.LittleEndian, false
	}
	var even, odd int
	for i := 0; i < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case odd*10 >= pairs*7 && even == 0:
		return unicode.LittleEndian, true
	case even*10 >= pairs*7 && odd == 0:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// utf16Sniff is how many bytes utf16Order looks at.
const utf16Sniff = 1 << 10

// sniffEncoding guesses the legacy encoding of a page that declares none
// from its bytes (a statistical detector), for the encodings whose byte
// patterns are distinctive: Japanese, Chinese, Korean and Cyrillic. A page
// in a Latin encoding is left to windows-1252, which reads them all about
// right; the detector tells them apart much less surely.
func sniffEncoding(b []byte) (encoding.Encoding, string) {
	head := b[:min(len(b), detectLimit)]
	r, err := chardet.NewHtmlDetector().DetectBest(head)
	if err != nil || r.Confidence < minConfidence || !sniffed[r.Charset] {
		return nil, ""
	}
	return charset.Lookup(r.Charset)
}

// detectLimit is how much of a page sniffEncoding reads.
const detectLimit = 64 << 10

// minConfidence is the least confidence (of 100) of the detector that
// sniffEncoding trusts.
const minConfidence = 50

// sniffed are the encodings that sniffEncoding accepts from the detector.
var sniffed = map[string]bool{
	"Shift_JIS": true, "EUC-JP": true, "GB18030": true, "EUC-KR": true, "Big5": true,
	"windows-1251": true, "KOI8-R": true,
}

// declaredLimit is how far into a page declaredCharset looks for a <meta>
// charset. Browsers stop at 1024 bytes; saved pages often put a long comment
// or script first, so pare looks further.
const declaredLimit = 16 << 10

// declaredCharset returns the encoding a <meta charset> or <meta
// http-equiv="Content-Type"> tag declares near the start of the page, or nil.
func declaredCharset(b []byte) (enc encoding.Encoding, name string) {
	z := html.NewTokenizer(bytes.NewReader(b[:min(len(b), declaredLimit)]))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil, ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tag, hasAttr := z.TagName()
			if string(tag) == "body" {
				return nil, ""
			}
			if string(tag) != "meta" || !hasAttr {
				continue
			}
			var label string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "charset":
					label = string(v)
				case "content":
					if i := bytes.Index(bytes.ToLower(v), []byte("charset=")); i >= 0 && label == "" {
						label = strings.Trim(string(v[i+len("charset="):]), ` "';`)
					}
				}
			}
			if label != "" {
				if e, n := charset.Lookup(label); e != nil {
					return e, n
				}
			}
		}
	}
}

// mendUTF8 keeps the valid UTF-8 of b and reads each stray byte as
// windows-1252, as pages saved from mixed sources need.
func mendUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	dec := charmap.Windows1252
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			out = utf8.AppendRune(out, dec.DecodeByte(b[0]))
			b = b[1:]
			continue
		}
		out = append(out, b[:size]...)
		b = b[size:]
	}
	return out
}
