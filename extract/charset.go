package extract

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// toUTF8 decodes raw page bytes to UTF-8: a byte-order mark first, then
// bytes that are valid UTF-8 as they are, then the charset the page declares
// in a <meta> tag, and windows-1252 as the last resort.
func toUTF8(b []byte) []byte {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder()
		if out, _, err := transform.Bytes(dec, b); err == nil {
			return out
		}
	}
	if utf8.Valid(b) {
		return b
	}
	enc, name := declaredCharset(b)
	if enc == nil {
		enc, name, _ = charset.DetermineEncoding(b, "")
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
