package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// PostNav matches a link to the previous or next post with its headline,
// as blogs and news sites set it under the article: "Nächster Beitrag Die
// Brücke ist wieder offen", "Previous article: A new mayor", "Article
// suivant Le port rouvre". A bare "Next" or "Previous" counts only with a
// colon after it ("Next: How to bake bread").
var PostNav = TextRule{
	Name: "post-nav",
	Gate: &Gate{Max: 200, Prefixes: joined(postNavLabels, postNavBare)},
	MatchLine: func(ln *Line) bool {
		s := strings.TrimSpace(ln.Text())
		if ln.runesOverTrim(s, 200) {
			return false
		}
		for _, p := range postNavIndex.startingAsFold(s) {
			if rest, ok := cutLabel(s, p); ok && navTitle(rest, false) {
				return true
			}
		}
		for _, p := range postNavBareIndex.startingAsFold(s) {
			if rest, ok := cutLabel(s, p); ok && navTitle(rest, true) {
				return true
			}
		}
		return false
	},
}

// cutLabel returns what follows the label p at the start of s, and whether
// s opens with it (case folded). A label is not cut out of a longer
// lower-case word ("nextcloud"), but it may run into a headline that starts
// with a capital ("Previous articleFrance votes").
func cutLabel(s, p string) (string, bool) {
	if !hasPrefixFold(s, p) {
		return "", false
	}
	rest := s[len(p):]
	if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) || unicode.IsDigit(r) && !strings.HasPrefix(rest, " ") {
		return "", false
	}
	return rest, true
}

// navTitle reports whether rest, what follows a navigation label, is empty
// or a headline: the label stands alone, or a colon (when colon is true,
// it must) or a space, then a headline that starts with a capital, a
// digit or a quote. "Next, we …" is a sentence, not a link.
func navTitle(rest string, colon bool) bool {
	t := strings.TrimLeft(rest, " ")
	if strings.HasPrefix(t, ":") {
		t = strings.TrimLeft(t[1:], " ")
	} else if colon {
		return false
	}
	t = strings.TrimLeft(t, "»›→>«\"'„“")
	if t == "" {
		return true
	}
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

var (
	postNavIndex     = newPrefixIndex(postNavLabels)
	postNavBareIndex = newPrefixIndex(postNavBare)
)

var postNavLabels = phraseList(`
	next article
	next post
	next story
	previous article
	previous post
	previous story
	older post
	newer post
	nächster artikel
	nächster beitrag
	vorheriger artikel
	vorheriger beitrag
	article suivant
	article précédent
	artículo siguiente
	artículo anterior
	nota siguiente
	nota anterior
	articolo successivo
	articolo precedente
	następny artykuł
	poprzedni artykuł
	volgend artikel
	vorig artikel
`)

var postNavBare = phraseList(`
	next
	previous
	weiter
	zurück
	suivant
	précédent
	siguiente
	anterior
`)
