package clean

import "testing"

func TestHiddenElement(t *testing.T) {
	runDOMCases(t, HiddenElement, []domCase{
		{"hidden attribute", `<div hidden>Sign in</div>`, true},
		{"display none", `<div style="display: none">Menu</div>`, true},
		{"visibility hidden", `<div style="VISIBILITY:hidden">x</div>`, true},
		{"visible style", `<div style="display:block;color:red">Text</div>`, false},
		{"aria-hidden decoration kept", `<span aria-hidden="true">★</span>`, false},
		{"plain paragraph", `<p>Text</p>`, false},
	})
}
