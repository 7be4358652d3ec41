package textdump

import (
	"strings"
	"unicode"

	"github.com/pare-dev/pare/extract/internal/dates"
)

// embedCredit reports whether a line is the credit under a post embedded in
// the article, as a text dump shows a quoted tweet's last line: a dash, the
// author's name, the account in brackets and the day ("— Anna Muster
// (@annamuster) March 3, 2021"). The post is part of the article; its
// credit is shown once for each post, so the page may show it more than
// once.
func embedCredit(s string) bool {
	rest, ok := strings.CutPrefix(s, "— ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "- ")
	}
	if !ok || len(rest) > 160 {
		return false
	}
	i := strings.Index(rest, " (@")
	if i <= 0 {
		return false
	}
	j := strings.Index(rest[i:], ") ")
	if j < 0 {
		return false
	}
	handle := rest[i+3 : i+j]
	if handle == "" || strings.IndexFunc(handle, func(r rune) bool {
		return !(r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r))
	}) >= 0 {
		return false
	}
	return dates.HasDigit(rest[i+j:])
}
