package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// HashtagRun matches a post of a social feed set beside the article: a
// line carrying three hashtags or more, a tenth of its words ("… #Lesung
// #Rede #Literatur"), as an embedded Instagram or Twitter feed shows them.
// Running text names hashtags rarely, and among many other words.
var HashtagRun = TextRule{
	Name: "hashtag-run",
	Gate: &Gate{Shapes: Hashes},
	MatchLine: func(ln *Line) bool {
		if strings.Count(ln.Text(), "#") < 3 {
			return false // fewer than three hashtags: spare splitting the line
		}
		n := 0
		ws := ln.Fields()
		for _, w := range ws {
			if len(w) < 3 || w[0] != '#' {
				continue
			}
			if r, _ := utf8.DecodeRuneInString(w[1:]); unicode.IsLetter(r) {
				n++
			}
		}
		return n >= 3 && n*10 >= len(ws) // a tenth of its words at least
	},
}
