package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// attributed reports whether a line ends with a person's name in
// brackets, two or three capitalised words: a saying with its author, as
// a blog sets its motto under its name ("Wer rastet, der rostet (Anna
// Muster)"), or a caption naming who is shown. A headline names no
// author.
func attributed(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndex(s, "(")
	if i <= 0 {
		return false
	}
	ws := strings.Fields(s[i+1 : len(s)-1])
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || dates.HasDigit(w) {
			return false
		}
	}
	return true
}
