package clean

import "testing"

func TestSVGGenerator(t *testing.T) {
	runTextRule(t, SVGGenerator, []textRuleCase{
		{"drawing program", "Created with Sketch.", true},
		{"illustrator", "Generator: Adobe Illustrator 24.0.1, SVG Export Plug-In . SVG Version: 6.00 Build 0)", true},
		{"chart library", "Created with Highcharts 9.0.1", true},
		{"sentence about a tool", "The mock-ups were created with Sketch and then tested with twelve readers over two weeks.", false},
		{"other maker", "Created with love in a small workshop", false},
		{"made with", "Made with Figma", true},
	})
}
