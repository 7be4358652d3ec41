package textdump

import "strings"

// editorMarks set an editor's name apart in a book's entry: "Anna Muster
// (Hrsg.)", "A. Muster (ed.)".
var editorMarks = []string{"(hrsg.)", "(hg.)", "(ed.)", "(eds.)", "(éd.)", "(éds.)", "(red.)", "(coord.)", "(dir.)"}

// bookEntry reports whether a line is a book's entry in a list or a
// review's header, naming its editor with the mark of one ("Anna Muster
// (Hrsg.) • Der Hafen"), as a headline never does.
func bookEntry(s string) bool {
	if !strings.Contains(s, "(") {
		return false
	}
	l := strings.ToLower(s)
	for _, m := range editorMarks {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}
