package clean

import "testing"

func TestMatchLower(t *testing.T) {
	var seen []string
	lowerRule := TextRule{Name: "lower", MatchLower: func(s, lower string) bool {
		seen = append(seen, lower)
		return lower == "weiter lesen"
	}}
	plain := TextRule{Name: "plain", Match: func(s string) bool { return s == "Weiter lesen" }}

	if !lowerRule.Matches("Weiter Lesen") {
		t.Errorf("Matches did not pass the text lower-cased")
	}
	seen = nil
	r, ok := FirstMatch("Weiter lesen", []TextRule{lowerRule, lowerRule, plain})
	if !ok || r.Name != "lower" {
		t.Errorf("FirstMatch = %q, %v; want the first rule", r.Name, ok)
	}
	if len(seen) != 1 || seen[0] != "weiter lesen" {
		t.Errorf("rules saw %q, want the lower-cased text once", seen)
	}
	seen = nil
	if r, ok := FirstMatch("Nothing here", []TextRule{lowerRule, plain, lowerRule}); ok {
		t.Errorf("FirstMatch = %q, want none", r.Name)
	}
	if len(seen) != 2 || seen[0] != "nothing here" || seen[1] != "nothing here" {
		t.Errorf("rules saw %q, want the same lower-cased text twice", seen)
	}
}
