package clean

import "unicode"

// DateLine drops a block that is only a date or a time ("23.10.2018",
// "20:37", "2019-10-19 | 14:05"): the date goes into the front matter.
var DateLine = BlockRule{
	Name: "date-line",
	Drop: func(b Block, ctx Context) bool {
		if b.Kind != Paragraph && b.Kind != List && b.Kind != Heading {
			return false
		}
		if len(b.Plain) > 30 {
			return false
		}
		digits := 0
		for _, r := range b.Plain {
			switch {
			case unicode.IsDigit(r):
				digits++
			case unicode.IsSpace(r) || r == '.' || r == '/' || r == '-' || r == ':' || r == '|' || r == ',':
			default:
				return false
			}
		}
		return digits >= 4
	},
}
