package textdump

import (
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// allCaps reports whether s is written in capitals only: it has letters
// with a case, none of them small (strings.ToUpper(s) == s &&
// lang.ToLower(s) != s). A text in ASCII is read byte by byte, any
// other rune by rune (allCapsUTF8).
func allCaps(s string) bool {
	if !lang.IsASCII(s) {
		return allCapsUTF8(s)
	}
	upper := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z':
			return false
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	return upper
}

// allCapsUTF8 is allCaps for a text not in ASCII, without the copies of
// strings.ToUpper and ToLower: they map each rune (unicode.ToUpper,
// ToLower), and write a byte that is not UTF-8 as utf8.RuneError, so that
// a text with one is never its own upper case.
func allCapsUTF8(s string) bool {
	lower := false // a rune that lower-cases to another
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unicode.ToUpper(r) != r {
			return false
		}
		lower = lower || unicode.ToLower(r) != r
		i += size
	}
	return lower
}

// dateName reports whether w, lower-cased, names a month or a weekday
// (dates.MonthNames, dates.WeekdayNames). A word in ASCII is lowered in a
// buffer on the stack; one longer than every name is none.
func dateName(w string) bool {
	var buf [24]byte
	if !lang.IsASCII(w) || dateNameLen > len(buf) {
		lw := lang.ToLower(w)
		return dates.MonthNames[lw] > 0 || dates.WeekdayNames[lw]
	}
	if len(w) > dateNameLen {
		return false
	}
	b := lang.LowerASCII(buf[:], w)
	return dates.MonthNames[string(b)] > 0 || dates.WeekdayNames[string(b)]
}

// dateNameLen is the length in bytes of the longest name of a month or a
// weekday.
var dateNameLen = func() int {
	n := 0
	for w := range dates.MonthNames {
		n = max(n, len(w))
	}
	for w := range dates.WeekdayNames {
		n = max(n, len(w))
	}
	return n
}()
