package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// RelatedHeading matches the heading of a block of links to other articles:
// "Ähnliche Beiträge", "Mehr zum Thema", "You may also like", "Lesen Sie
// auch". What follows such a heading is not the article.
var RelatedHeading = TextRule{
	Name: "related-heading",
	Gate: &Gate{Max: 60, FirstWords: firstWords(relatedHeadings)},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if ln.RunesOver(60) {
			return false
		}
		p, ok := relatedPrefix(ln)
		return ok && (strings.TrimFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) == "" ||
			strings.HasSuffix(strings.TrimSpace(s), ":"))
	},
}

// RelatedLink matches a link to another article set in the text: "Lesen
// Sie auch: Die Bahn streikt wieder", "Read more: A new law".
var RelatedLink = TextRule{
	Name: "related-link",
	Gate: &Gate{Max: 200, FirstWords: firstWords(relatedHeadings)},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(200) {
			return false
		}
		rest, ok := relatedPrefix(ln)
		rest = strings.TrimSpace(rest)
		return ok && (strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›") || strings.HasPrefix(rest, "→"))
	},
}

// relatedPrefix returns what follows a related-links phrase at the start of
// the line, and whether there is one.
func relatedPrefix(ln *Line) (string, bool) {
	l := strings.TrimSpace(ln.Lower())
	l = strings.TrimLeftFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	if l == "" || relatedByFirst[l[0]] == nil || !relatedMayStart(l) {
		return "", false // no heading starts as l does (Collapse keeps l's first byte, a letter's)
	}
	l = lang.Collapse(l) // white space folded, as in the phrases
	// The longest phrase wins: "related posts" over "related".
	best, found := "", false
	for _, p := range relatedByFirst[l[0]] {
		if strings.HasPrefix(l, p) {
			rest := l[len(p):]
			if r, _ := utf8.DecodeRuneInString(rest); (rest == "" || !unicode.IsLetter(r)) && (!found || len(rest) < len(best)) {
				best, found = rest, true
			}
		}
	}
	return best, found
}

// relatedByFirst holds the relatedHeadings by their first byte, in their
// order: a line is compared with those that start as it does.
// relatedMayStart reports whether l, lower-cased and trimmed, may start
// with one of the relatedHeadings once its white space is folded: its first
// word is the first word of a heading of several words, or starts with a
// heading of one. A first word outside ASCII is left to the full test.
func relatedMayStart(l string) bool {
	w := l
	if i := strings.IndexFunc(l, unicode.IsSpace); i >= 0 {
		w = l[:i]
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	if relatedFirstWords[w] {
		return true
	}
	for _, p := range relatedOneWord {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// relatedFirstWords holds the first words of the relatedHeadings of
// several words, relatedOneWord those of one.
var relatedFirstWords, relatedOneWord = func() (map[string]bool, []string) {
	m := map[string]bool{}
	var one []string
	for _, p := range relatedHeadings {
		if i := strings.IndexByte(p, ' '); i >= 0 {
			m[p[:i]] = true
		} else {
			one = append(one, p)
		}
	}
	return m, one
}()

var relatedByFirst = func() (m [256][]string) {
	for _, p := range relatedHeadings {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

var relatedHeadings = phraseList(`
	ähnliche beiträge
	ähnliche artikel
	ähnliche themen
	verwandte artikel
	verwandte beiträge
	weitere artikel
	weitere beiträge
	weitere nachrichten
	weitere news
	weitere interessante
	mehr zum thema
	mehr aus
	mehr von
	mehr zu diesem thema
	mehr artikel
	das könnte sie auch interessieren
	das könnte dich auch interessieren
	das könnte ihnen auch gefallen
	dies könnte sie auch interessieren
	auch interessant
	ebenfalls interessant
	lesen sie auch
	lesen sie mehr
	lesen sie hier
	lies auch
	schon gelesen
	meist gelesen
	meistgelesen
	am meisten gelesen
	meistgelesene artikel
	die meistgelesenen
	explore further
	neueste artikel
	neueste beiträge
	letzte artikel
	letzte beiträge
	aktuelle artikel
	aktuelle beiträge
	aktuelle news
	top-themen
	top themen
	empfehlungen
	related
	related articles
	related posts
	related stories
	more stories
	more from
	more on this
	more news
	you may also like
	you might also like
	recommended
	recommended for you
	most popular
	most read
	top stories
	trending
	latest articles
	latest news
	latest posts
	recent posts
	read more
	read next
	see also
	à lire aussi
	lire aussi
	articles similaires
	vous aimerez aussi
	vous aimerez peut-être aussi
	à découvrir aussi
	notas relacionadas
	veja também
	die redaktion empfiehlt
	unsere empfehlungen
	das könnte sie interessieren
	sur le même sujet
	les plus lus
	temas relacionados
	noticias relacionadas
	artículos relacionados
	te puede interesar
	también te puede interesar
	lo más leído
	más noticias
	leggi anche
	articoli correlati
	potrebbe interessarti
	i più letti
	zobacz także
	zobacz też
	dowiedz się więcej
	czytaj też
	czytaj także
	polecane
	najczęściej czytane
	gerelateerde artikelen
	lees ook
	meer nieuws
	mehr dazu
	siehe auch
	auch lesenswert
	puedes ver
	mire
	lea también
	vea también
	mira también
	mirá también
	leé también
	auch lesen
	lee también
	ver también
	te recomendamos
	leia também
	leia mais
	voir aussi
	über den autor
	über die autorin
	zum autor
	zur autorin
	about the author
	weitere informationen
	weitere beiträge zu
	dans la même rubrique
	informate más
	le puede interesar
	también le puede interesar
	entdecke weitere
	ihre meinung zu diesem thema
	vorheriger beitrag
	nächster beitrag
	vorheriger artikel
	nächster artikel
	previous post
	next post
	previous article
	next article
	article précédent
	article suivant
	das thema könnte
	aktuelle berichte
	mehr kolumnen
	weitere artikel zum thema
	zum weiterlesen
	weiterführende links
	pressekontakt
	ansprechpartner
	ansprechpartnerin
	media contact
	press contact
`)
