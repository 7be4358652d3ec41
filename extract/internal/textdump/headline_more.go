package textdump

import "github.com/pare-dev/pare/internal/lang"

// moreWords open the label of a link to more pages of a kind: "Weitere 12
// Kuchenrezepte", "More recipes", "Ähnliche Rezepte", "Podobne przepisy",
// "Recommended posts".
var moreWords = lang.WordSet(`weitere ähnliche verwandte empfohlene beliebte andere mehr more other similar related recommended popular further
	más otros otras similares relacionados relacionadas recomendados recomendadas autres similaires recommandés plus
	więcej inne podobne polecane altri altre simili meer andere vergelijkbare`)

// pageKinds name the kinds of pages a site lists: recipes, articles,
// posts, videos, pictures, news.
var pageKinds = lang.WordSet(`rezepte artikel beiträge videos bilder fotos galerien nachrichten meldungen news
	pressemitteilungen themen geschichten podcasts folgen episoden
	recipes articles posts stories videos photos pictures images galleries episodes podcasts
	recetas artículos noticias entradas fotos imágenes
	recettes articles vidéos photos actualités
	przepisy artykuły wpisy zdjęcia filmy
	ricette articoli notizie foto recepten artikelen berichten`)

// maxMoreWords is how long the label of a link to more pages may be.
const maxMoreWords = 6

// moreLink reports whether a line, whose words are ws, is the label of a link to more pages of
// a kind, as a site sets it over or under a list of teasers: it opens with
// "more", "other" or "similar" and names the kind of the pages next
// ("Más recetas de otoño") or last, after a count or a topic. A headline that opens so says what
// happens to them ("Weitere Artikel der Reihe erscheinen im Mai").
func moreLink(ws []string) bool {
	return len(ws) >= 2 && len(ws) <= maxMoreWords && moreWords[ws[0]] && (pageKinds[ws[1]] || pageKinds[ws[len(ws)-1]])
}
