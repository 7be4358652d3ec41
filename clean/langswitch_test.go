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
		{"twenty codes", "de en fr it es nl pl pt ru uk cs sk hu ro bg hr sl sr el tr", true},
		{"twenty codes, one twice", "de en fr it es nl pl pt ru uk cs sk hu ro bg hr sl sr el de", false},
		{"only separators", "| / ·", false},
		{"a dot between", "de · en", true},
		{"led by a dot", "· de · en", true},
		{"led by a bar", "| de | en", true},
		{"a tab between", "de\ten", true},
		{"three letters first", "deu en", false},
	})
}
