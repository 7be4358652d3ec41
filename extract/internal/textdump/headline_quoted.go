package textdump

import "strings"

// guillemetPairs are the guillemets that quote, each opening with its
// closing one: French and Swiss quotes «…» and ‹…›, German ones »…« and ›…‹.
var guillemetPairs = [][2]string{{"«", "»"}, {"‹", "›"}, {"»", "«"}, {"›", "‹"}}

// unquoted returns s with the guillemets that quote something in it put
// as plain quotes: «Wir bleiben», »Wir bleiben«. A guillemet alone is the
// mark of a link or a breadcrumb ("Weiter »", "« Zurück", "Home » Blog"),
// which a headline is not; one that opens and closes a quote is the
// headline's own punctuation.
func unquoted(s string) string {
	for _, p := range guillemetPairs {
		open, close := p[0], p[1]
		n := strings.Count(s, open)
		if n == 0 || n != strings.Count(s, close) || !quotesPaired(s, open, close) {
			continue
		}
		s = strings.NewReplacer(open, `"`, close, `"`).Replace(s)
	}
	return s
}

// quotesPaired reports whether each open mark in s is closed by a close
// mark after it, with some text between them, before the next open mark.
func quotesPaired(s, open, close string) bool {
	for s != "" {
		i := strings.Index(s, open)
		j := strings.Index(s, close)
		if i < 0 && j < 0 {
			return true
		}
		if i < 0 || j < i {
			return false
		}
		rest := s[i+len(open):]
		k := strings.Index(rest, close)
		if k <= 0 || strings.TrimSpace(strings.Trim(rest[:k], "\u00a0")) == "" {
			return false
		}
		if o := strings.Index(rest, open); o >= 0 && o < k {
			return false
		}
		s = rest[k+len(close):]
	}
	return true
}
