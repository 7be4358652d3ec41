package clean

import (
	"strings"
	"unicode"
)

// MoreOnTopic matches the heading of a block of links to more articles on
// a topic, a section or a site: "Mehr zu Wasserstoff", "Alle Nachrichten
// aus der Region", "More about the festival", "Más sobre economía",
// "Weitere Videos", "Die meistgelesenen Artikel bei beispiel.de",
// "Aus dem Archiv". Such a heading is short and no sentence; what follows it
// is not the article.
var MoreOnTopic = TextRule{
	Name: "more-on-topic",
	Gate: &Gate{Max: 60, FirstWords: firstWords(moreOnTopic)},
	MatchLine: func(ln *Line) bool {
		s := strings.TrimSpace(ln.Text())
		if ln.runesOverTrim(s, 60) {
			return false
		}
		// The label first: few lines start with one.
		l := strings.TrimLeftFunc(strings.TrimSpace(ln.Lower()), func(r rune) bool { return !unicode.IsLetter(r) })
		if !moreOnTopicIndex.startsWithAny(l) {
			return false
		}
		// Not a sentence (a dot inside a site's name is no end).
		return !strings.ContainsAny(s, "!?,;") && !strings.Contains(s, ". ") && !strings.HasSuffix(s, ".") && ln.NumFields() <= 7
	},
}

var moreOnTopicIndex = newPrefixIndex(moreOnTopic)

var moreOnTopic = phraseList(`
	mehr zu
	mehr zum
	mehr zur
	mehr über
	alle nachrichten
	alle artikel
	alle beiträge
	alle news
	weitere videos
	mehr videos
	more videos
	entdecke weitere
	more about
	discover more
	plus sur
	más sobre
	más de
	mais sobre
	altre notizie
	więcej o
	weitere interessante
	weitere themen
	weitere nachrichten
	weitere meldungen
	more stories
	more articles
	otras noticias
	autres articles
	articles liés
	à lire également
	articles connexes
	artigos relacionados
	related content
	die meistgelesenen
	meistgelesene
	most read
	most popular
	lo más leído
	les plus lus
	vorschau auf den nächsten
	relevantes aus
	aus dem archiv
	aus unserem archiv
	from the archive
	from our archive
`)
