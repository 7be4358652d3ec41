package textdump

import "strings"

// stripEditMarks removes the marks a text browser sets around inserted and
// deleted text (w3m's "[INS:…:INS]" and "[DEL:…:DEL]"): inserted text keeps
// its words, deleted text (a struck-out price or word) goes, and so does an
// empty mark, which is most often an ad's empty slot ("Anzeige [INS::INS]").
func stripEditMarks(s string) string {
	if !strings.Contains(s, "S:") && !strings.Contains(s, "L:") {
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
