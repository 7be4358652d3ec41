package clean

import "testing"

func TestIconRun(t *testing.T) {
	runTextRule(t, IconRun, []textRuleCase{
		{"glued names", "arrowicon staricon homeicon user-icon menuicon", true},
		{"prefixed", "icon-search icon-close icon-menu icon-user", true},
		{"svg words", "svg svg svg Start", true},
		{"font classes", "fa-home fa-user fa-cog fa-star", true},
		{"sentence about icons", "The designer drew a new icon for the app, and the icon was praised by many users of the service.", false},
		{"two icons", "homeicon searchicon", false},
	})
}
