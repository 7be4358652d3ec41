package clean

import "strings"

// FormRemnant matches what a text dump keeps of a form: empty fields
// "[          ]", check boxes "[ ]" and radio buttons "( )", "(*)", and
// buttons "[Submit]".
var FormRemnant = TextRule{
	Name: "form-remnant",
	Gate: &Gate{Words: []string{"[", "( )", "(*)"}},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		t := strings.TrimSpace(s)
		if t == "" {
			return false
		}
		if strings.Contains(t, "[ ") && strings.Contains(t, " ]") && emptyField(t) {
			return true
		}
		if strings.HasPrefix(t, "( )") || strings.HasPrefix(t, "(*)") || strings.HasPrefix(t, "[ ]") || strings.HasPrefix(t, "[X]") || strings.HasPrefix(t, "[x]") {
			return !ln.runesOverTrim(t, 120)
		}
		// A lone button: [Senden], [Submit], [Suche].
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && strings.Count(t, "[") == 1 {
			inner := strings.TrimSpace(t[1 : len(t)-1])
			return inner != "" && len(strings.Fields(inner)) <= 3 && !strings.ContainsAny(inner, "_.")
		}
		return false
	},
}

// emptyField reports whether s has a bracket pair holding only blanks.
func emptyField(s string) bool {
	for {
		i := strings.Index(s, "[")
		if i < 0 {
			return false
		}
		j := strings.Index(s[i:], "]")
		if j < 0 {
			return false
		}
		if strings.TrimSpace(s[i+1:i+j]) == "" {
			return true
		}
		s = s[i+j:]
	}
}
