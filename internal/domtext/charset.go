package domtext

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// toUTF8 decodes a page's bytes: a UTF-8 byte-order mark, then bytes that
// are valid UTF-8 as they are, then the encoding a UTF-16 mark or the
// page's <meta> tag declares (charset.DetermineEncoding, which also falls
// back to windows-1252 for a page that declares nothing), and UTF-8 with
// each stray byte read as windows-1252 when the page declares UTF-8.
func toUTF8(b []byte) []byte {
	if rest, ok := bytes.CutPrefix(b, []byte{0xEF, 0xBB, 0xBF}); ok {
		return mendUTF8(rest)
	}
	if utf8.Valid(b) {
		return b
	}
	enc, name, _ := charset.DetermineEncoding(b, "")
	if name == "utf-8" {
		return mendUTF8(b)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return mendUTF8(b)
	}
	return out
}

// mendUTF8 keeps the valid UTF-8 of b and reads each stray byte as
// windows-1252.
func mendUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			out = utf8.AppendRune(out, charmap.Windows1252.DecodeByte(b[0]))
			b = b[1:]
			continue
		}
		out = append(out, b[:size]...)
		b = b[size:]
	}
	return out
}
