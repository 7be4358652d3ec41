package clean

import "testing"

func TestChromeRole(t *testing.T) {
	runDOMCases(t, ChromeRole, []domCase{
		{"navigation", `<div role="navigation">Menu</div>`, true},
		{"contentinfo", `<div role="contentinfo">Footer</div>`, true},
		{"complementary upper case", `<div role="Complementary">Sidebar</div>`, true},
		{"dialog", `<div role="dialog">Accept cookies</div>`, true},
		{"main", `<div role="main">Article</div>`, false},
		{"article", `<div role="article">Article</div>`, false},
		{"no role", `<div>Text</div>`, false},
	})
}
