package clean

import "testing"

func TestLanguageSwitcher(t *testing.T) {
	runTextRule(t, LanguageSwitcher, []textRuleCase{
		{"codes run together", "DE FR IT EN", true},
		{"lower case with bars", "de | en", true},
		{"slash", "EN/ES", true},
		{"one code", "EN", false},
		{"code twice", "DE DE", false},
		{"words", "Es ist so", false},
		{"not a code", "DE XX", false},
	})
}
