package textdump

import "strings"

// stepBefore reports whether head, what a longer line shows before a
// headline, ends where a word or a breadcrumb's step does: with a space,
// or with the mark of a trail run together with its steps
// ("Start>Leute>", "Start»Rezepte»").
func stepBefore(head string) bool {
	return strings.HasSuffix(head, " ") || strings.HasSuffix(head, ">") || strings.HasSuffix(head, "»") || strings.HasSuffix(head, "›")
}
