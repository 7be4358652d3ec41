package clean

// WidgetEmpty matches what a page's widget says when it has nothing to show:
// "Es gibt derzeit keine bevorstehenden Veranstaltungen", "No upcoming
// events", "Noch keine Kommentare", "No posts found".
var WidgetEmpty = TextRule{
	Name: "widget-empty",
	Gate: &Gate{Max: 100, Words: emptyWidgetPhrases},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(100) {
			return false
		}
		if !ln.textHas(widgetHints) {
			return false // no "keine", "no", "aucun": spare lower-casing the line
		}
		return ln.lowerHas(emptyWidgetSet)
	},
}

var (
	widgetHints    = newPhraseSet("eine ", "o ", "ucun ")
	emptyWidgetSet = newPhraseSet(emptyWidgetPhrases...)
)

var emptyWidgetPhrases = phraseList(`
	derzeit keine bevorstehenden
	keine bevorstehenden veranstaltungen
	keine anstehenden veranstaltungen
	keine einträge vorhanden
	keine beiträge gefunden
	noch keine kommentare
	no upcoming events
	there are no upcoming
	no posts found
	no comments yet
	aucun événement à venir
	aucun commentaire pour le moment
	no hay eventos próximos
	no hay comentarios
`)
