package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// andWords join the last item of a list: "A, B und C".
var andWords = lang.WordSet(`und and y e et i oraz en &`)

// maxMottoItemWords is how long an item of a motto may be.
const maxMottoItemWords = 2

// listMotto reports whether a line is nothing but three items or more of
// a word or two, set apart by commas and a last "and", all but the first
// in small letters, as a site's motto is: "Unabhängig, kritisch und
// frei", "Fast, simple and secure". A headline that lists things says what
// becomes of them, or names them ("Energie, Mobilität und Wohnen").
func listMotto(s string) bool {
	if !strings.Contains(s, ",") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		// A cry or a question: a tabloid's headline, "Erwürgt, beraubt
		// und versteckt!"
		return false
	}
	parts := strings.Split(strings.TrimSuffix(s, "."), ",")
	if len(parts) < 2 {
		return false
	}
	last := strings.Fields(parts[len(parts)-1])
	k := -1
	for i, w := range last {
		if andWords[lang.ToLower(w)] {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	items := append(parts[:len(parts)-1:len(parts)-1], strings.Join(last[:k], " "), strings.Join(last[k+1:], " "))
	if len(items) < 3 {
		return false
	}
	for i, it := range items {
		if n := len(strings.Fields(it)); n == 0 || n > maxMottoItemWords || i > 0 && !startsLower(strings.TrimSpace(it)) {
			return false
		}
	}
	return true
}

// startsLower reports whether s begins with a small letter.
func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}
