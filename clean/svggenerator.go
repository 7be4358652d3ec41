package clean

import "strings"

// SVGGenerator matches the title or description a drawing program writes
// into an SVG icon ("Created with Sketch.", "Generator: Adobe Illustrator
// 24.0.1, SVG Export Plug-In") or a chart library into its chart ("Created
// with Highcharts 9.0.1"): the name of the tool that made the picture.
var SVGGenerator = TextRule{
	Name: "svg-generator",
	Gate: &Gate{Max: 120, Prefixes: []string{"created with ", "created by ", "generator: ", "made with "}},
	MatchLower: func(s, lower string) bool {
		if runesOver(s, 120) {
			return false
		}
		rest, ok := cutAny(strings.TrimSpace(lower), "created with ", "created by ", "generator: ", "made with ")
		if !ok {
			return false
		}
		for _, tool := range svgTools {
			if strings.HasPrefix(rest, tool) {
				return true
			}
		}
		return false
	},
}

// svgTools are the drawing programs and chart libraries whose name an SVG
// picture's title or description gives.
var svgTools = phraseList(`
	sketch
	adobe illustrator
	inkscape
	figma
	fabric.js
	potrace
	highcharts
	amcharts
	snap.svg
	raphaël
	raphael
	method draw
	svg-edit
	vectr
	affinity designer
	coreldraw
`)

// cutAny returns s without the first of prefixes it starts with.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}
