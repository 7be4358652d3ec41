package clean

import "strings"

// signoffs open an author's farewell under a post, in several languages.
var signoffs = []string{"liebe grüße", "liebe grüsse", "viele grüße", "viele grüsse", "herzliche grüße", "beste grüße",
	"alles liebe", "bis bald", "eure ", "euer ", "deine ", "dein ", "xoxo", "xx", "x ", "cheers", "love, ",
	"saludos", "un abrazo", "besos", "bisous", "gros bisous", "amitiés", "pozdrawiam", "buziaki", "groetjes"}

// IsSignoff reports whether a short line reads as an author's farewell
// under a post: "Liebe Grüße, Anna", "Euer Tom", "x Franzi", "XX, Das
// Team". It is the article's last line, not a stub of chrome.
func IsSignoff(s string) bool {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n > 6 {
			return false // the words counted in place, not split into a list
		}
	}
	l := strings.ToLower(strings.TrimSpace(s))
	for _, p := range signoffs {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}
