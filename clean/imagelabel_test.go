package clean

import "testing"

func TestImageLabel(t *testing.T) {
	runTextRule(t, ImageLabel, []textRuleCase{
		{"two labels", "[svg][teaser-image-312]", true},
		{"one word", "[Logo]", true},
		{"alt text", "[Ein Mann steht vor dem Rathaus]", true},
		{"spaced", "[icon] [icon]", true},
		{"text after", "[Foto] Der Bürgermeister bei der Eröffnung", false},
		{"nested", "[a[b]]", false},
		{"plain", "Keine Klammern hier", false},
	})
}
