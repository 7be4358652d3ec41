package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// AboutHeading matches the heading of a box about the author, the blog or
// the organisation, set under the article: "Über uns", "Über die Autorin",
// "Über den Verband", "About the blog", "À propos de l'auteur". It is a
// short line, no sentence, of four words at most.
var AboutHeading = TextRule{
	Name: "about-heading",
	Gate: &Gate{Max: 40, Prefixes: []string{"über ", "about ", "acerca ", "o ", "à propos "}},
	Match: func(s string) bool {
		s = strings.TrimSpace(s)
		if runesOver(s, 40) || strings.ContainsAny(s, ".,;!?:") ||
			!hasPrefixFold(s, "über ") && !hasPrefixFold(s, "about ") && !hasPrefixFold(s, "acerca ") && !hasPrefixFold(s, "o ") && !hasPrefixFold(s, "à propos ") {
			return false
		}
		f := strings.Fields(s)
		if len(f) < 2 || len(f) > 4 {
			return false
		}
		first := strings.ToLower(f[0])
		if first == "à" && len(f) > 2 && strings.EqualFold(f[1], "propos") {
			return true
		}
		if first != "über" && first != "about" && first != "acerca" && first != "o" {
			return false
		}
		// The next word opens a name or is an article or a pronoun:
		// "Über Anna", "About the author", not "about 20 people".
		r, _ := utf8.DecodeRuneInString(f[1])
		return unicode.IsUpper(r) || aboutWhom[strings.ToLower(f[1])]
	},
}

var aboutWhom = lang.WordSet(`
	uns mich den die das unsere unseren unser
	us me the our this
	nous moi
	nosotros mí
	nas mnie
`)
