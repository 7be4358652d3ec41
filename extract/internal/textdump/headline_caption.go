package textdump

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// pictureWords name a picture in a gallery's counter ("Foto 1 de 5").
var pictureWords = lang.WordSet(`foto fotos bild bilder photo photos image images imagen imágenes picture
	zdjęcie zdjęcia galerie gallery`)

// pictureStarts are the first letters of pictureWords, lower-cased.
var pictureStarts = func() (set [256]bool) {
	for w := range pictureWords {
		set[w[0]] = true
	}
	return set
}()

// counterWords join the two numbers of a gallery's counter.
var counterWords = lang.WordSet(`de of von z sur di du`)

// galleryCounter reports whether a line is a gallery's counter: "Foto 1
// de 1", "Bild 3 von 10", "Photo 2 of 5", "Image 1/4".
func galleryCounter(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && !pictureStarts[s[0]|0x20] && !unicode.IsSpace(rune(s[0])) {
		return false // no picture word opens it: spare reading it
	}
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > 4 {
			return false // too long: spare lowering it
		}
	}
	ws := strings.Fields(lang.ToLower(s))
	if len(ws) < 2 || len(ws) > 4 || !pictureWords[ws[0]] {
		return false
	}
	switch len(ws) {
	case 2:
		a, b, ok := strings.Cut(ws[1], "/")
		return ok && dates.IsDigits(a) && dates.IsDigits(b)
	case 4:
		return dates.IsDigits(ws[1]) && (counterWords[ws[2]] || ws[2] == "/") && dates.IsDigits(ws[3])
	}
	return false
}

// newsAgencies are the credits a news agency puts under its pictures.
var newsAgencies = lang.WordSet(`efe afp ap dpa reuters kna apa pap ansa keystone sda epd ap/dpa afp/dpa`)

// agencyCredit reports whether a line ends, after a full stop, with a news
// agency's name: the credit of a caption ("Penguins on the ice. AFP").
func agencyCredit(s string) bool {
	i := strings.LastIndex(s, ". ")
	if i < 0 {
		return false
	}
	tail := strings.TrimFunc(s[i+2:], func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
	return newsAgencies[lang.ToLower(tail)]
}

// captionLine is isCaption(s), sparing hasCredit's lowering of s and its
// search for each credit mark when s cannot hold one (creditFree). Then s
// holds no "(" either, and isCaption's last test, of a credit in
// brackets at its end, says no too.
func captionLine(s string) bool {
	if !creditFree(s) {
		return isCaption(s)
	}
	return galleryCounter(s) || agencyCredit(s)
}

// creditFree reports whether s holds none of creditMarks, lower-cased:
// no ":" and no "(", which all but a few hold, none of the words of those
// ("photo by", "getty", "stock"), and neither "©" nor an "é" ("crédit").
// Outside ASCII, a character that lowers to one in ASCII (the Kelvin sign,
// a dotted capital I) makes it say no, and any other stands in the lowered
// copy as a byte no mark holds. It says no to a text too long for its
// buffer.
func creditFree(s string) bool {
	var buf [256]byte
	if len(s) > len(buf) {
		return false
	}
	b := buf[:0]
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == '©' || r == 'é' || r == 'É' || unicode.ToLower(r) < utf8.RuneSelf {
				return false
			}
			b = append(b, 0)
			i += size
			continue
		}
		if c == ':' || c == '(' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
		i++
	}
	return !bytes.Contains(b, []byte("photo by")) && !bytes.Contains(b, []byte("getty")) && !bytes.Contains(b, []byte("stock"))
}
