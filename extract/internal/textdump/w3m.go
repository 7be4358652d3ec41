package textdump

import "strings"

// stripEditMarks removes the marks a text browser sets around inserted and
// deleted text (w3m's "[INS:…:INS]" and "[DEL:…:DEL]"): inserted text keeps
// its words, deleted text (a struck-out price or word) goes, and so does an
// empty mark, which is most often an ad's empty slot ("Anzeige [INS::INS]").
func stripEditMarks(s string) string {
	if !markColon(s) {
		return s // the common case: no mark at all
	}
	for {
		i := strings.Index(s, "[DEL:")
		if i < 0 {
			break
		}
		j := strings.Index(s[i:], ":DEL]")
		if j < 0 {
			break
		}
		s = s[:i] + s[i+j+len(":DEL]"):]
	}
	if !strings.Contains(s, "[INS:") {
		return s
	}
	s = strings.ReplaceAll(s, "[INS:", "")
	return strings.ReplaceAll(s, ":INS]", "")
}

// markColon reports whether s holds "S:" or "L:", which every mark does
// ("[INS:", ":DEL]"), in one pass over its colons.
func markColon(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		if i > 0 && (s[i-1] == 'S' || s[i-1] == 'L') {
			return true
		}
		j := strings.IndexByte(s[i+1:], ':')
		if j < 0 {
			return false
		}
		i += j + 1
	}
	return false
}
