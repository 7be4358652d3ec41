package htmlpage

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// authorPrefixes open an author field: the byline words (byline.go), and
// what pages put before a name where no sentence can follow.
var authorPrefixes = append([]string{"de ", "od ", "autor ", "auteur "}, lang.BylinePrefixes...)

// bylineInfixes are the byline words after which a name follows inside a
// longer line ("Posted on 21 September by Jane Doe").
var bylineInfixes = []string{"by ", "von ", "por ", "par "}

// cleanAuthor returns an author's name without a byline word before it or
// punctuation after it; "" when it is a web address or the site's name,
// which pages put in the author field for want of one.
func cleanAuthor(a, site string) string {
	a = collapse(a)
	// "Posted on 21 September by Jane Doe": the name follows the last
	// byline word.
	lower := strings.ToLower(a)
	for _, p := range bylineInfixes {
		if i := strings.LastIndex(lower, " "+p); i >= 0 {
			a = a[i+1:]
			break
		}
	}
	for _, p := range authorPrefixes {
		if len(a) > len(p) && strings.EqualFold(a[:len(p)], p) {
			a = strings.TrimSpace(a[len(p):])
			break
		}
	}
	a = strings.Trim(a, " ,;|-–:")
	if len(a) < 3 || strings.Contains(a, "://") || strings.Contains(a, "/") && !strings.Contains(a, " ") || isDomain(a) {
		return ""
	}
	if site != "" && lang.Fold(a) == lang.Fold(site) {
		return ""
	}
	for _, p := range lang.BylinePrefixes {
		if strings.EqualFold(a, strings.Trim(p, " :")) {
			return "" // a byline word alone
		}
	}
	return a
}
