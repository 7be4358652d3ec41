package clean

import "testing"

func TestCaption(t *testing.T) {
	runDOMCases(t, Caption, []domCase{
		{"figcaption", `<figcaption>The bridge at dusk © J. Doe</figcaption>`, true},
		{"WordPress caption", `<p class="wp-caption-text">Photo: Agency</p>`, true},
		{"credit span", `<span class="image-credit">Getty Images</span>`, true},
		{"german credit", `<div class="bildnachweis">Foto: dpa</div>`, true},
		{"heading styled as caption", `<h2 class="caption-large">Teaser headline</h2>`, false},
		{"paragraph", `<p class="intro">The council met on Monday.</p>`, false},
	})
}
