package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// LanguageSwitcher matches a line of nothing but language codes, as a
// language menu leaves them when its entries run together: "DE FR IT EN",
// "de | en", "EN/ES". Two codes at least; each one once.
var LanguageSwitcher = TextRule{
	Name: "language-switcher",
	Gate: &Gate{Max: 60, FirstWords: keysOf(languageCodes)},
	MatchLower: func(s, lower string) bool {
		if runesOver(s, 60) || !startsWithCode(lower) {
			return false
		}
		// The words one at a time, with no slice or map made (a menu of
		// more than 16 codes grows seen on the heap): most lines fail on
		// their first word.
		var buf [16]string
		seen := buf[:0]
		for w := range strings.FieldsFuncSeq(lower, func(r rune) bool {
			return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•'
		}) {
			if !languageCodes[w] || slices.Contains(seen, w) {
				return false
			}
			seen = append(seen, w)
		}
		return len(seen) >= 2
	},
}

// languageCodes are ISO 639-1 codes of the languages sites most often
// offer in a language menu.
// startsWithCode reports whether the first word of a lower-cased line, as
// LanguageSwitcher splits it, may be a language code: two small ASCII
// letters. A line that starts with a character outside ASCII is left to
// the full test.
func startsWithCode(lower string) bool {
	i := 0
	for i < len(lower) && (lower[i] == ' ' || lower[i] == '|' || lower[i] == '/' || '\t' <= lower[i] && lower[i] <= '\r') {
		i++
	}
	switch {
	case i < len(lower) && lower[i] >= utf8.RuneSelf:
		return true
	case i+2 > len(lower) || !isSmallASCII(lower[i]) || !isSmallASCII(lower[i+1]):
		return false
	}
	if i+2 == len(lower) {
		return true
	}
	c := lower[i+2]
	return c == ' ' || c == '|' || c == '/' || '\t' <= c && c <= '\r' || c >= utf8.RuneSelf
}

// isSmallASCII reports whether c is a small ASCII letter.
func isSmallASCII(c byte) bool { return 'a' <= c && c <= 'z' }

var languageCodes = lang.WordSet(`de en fr it es nl pl pt ru uk cs sk hu ro bg hr sl sr el tr
	da sv no nb fi et lv lt ar he fa zh ja ko hi th vi id ms`)
