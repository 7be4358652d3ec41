package clean

import (
	"unicode"

	"github.com/pare-dev/pare/article"
)

// DateLine drops a short block that is only a date or a time, perhaps with
// a label or a weekday ("23.10.2018", "20:37", "Publiziert: 03.04.2020,
// 12:35", "11 Jan 2019", "asked Mar 9, 2015 at 11:02"): the date goes into
// the front matter.
var DateLine = BlockRule{
	Name: "date-line",
	Drop: func(b article.Block, ctx Context) bool {
		if b.Kind != article.Paragraph && b.Kind != article.List && b.Kind != article.Heading {
			return false
		}
		if len(b.Plain) > 50 {
			return false
		}
		digits, words := 0, 0
		inWord := false
		for _, r := range b.Plain {
			switch {
			case unicode.IsDigit(r):
				digits++
				inWord = false
			case unicode.IsLetter(r):
				if !inWord {
					words++
				}
				inWord = true
			case unicode.IsSpace(r) || r == '.' || r == '/' || r == '-' || r == ':' || r == '|' || r == ',' || r == '·':
				inWord = false
			default:
				return false
			}
		}
		return digits >= 4 && words <= 3
	},
}
