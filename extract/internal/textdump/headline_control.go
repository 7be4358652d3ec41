package textdump

import "github.com/pare-dev/pare/internal/lang"

// maxControlWords is how long the label of a control may be.
const maxControlWords = 4

// controlVerbsFirst are the verbs that open the label of a button or a
// link in languages that put the imperative first: "Report this post",
// "Join now", "Sign in", "Seleccione una opción", "Wybierz stronę".
var controlVerbsFirst = lang.WordSet(`report join sign log share print save subscribe follow email send select choose add
	remove show hide view load skip rate reply register close cancel submit edit delete copy tweet pin
	upload accept allow enable disable manage reset toggle expand collapse
	seleccione selecciona elija elige haga ingrese introduzca suscríbete suscribirse regístrate inicia iniciar compartir
	imprimir guardar comparte
	sélectionnez choisissez inscrivez abonnez connectez partagez imprimer partager enregistrer
	wybierz zaloguj zarejestruj udostępnij dodaj pokaż ukryj drukuj zapisz subskrybuj`)

// controlVerbsLast are the verbs that end the label of a button or a link
// in languages that put the infinitive last, and nothing else does:
// "Zum Newsletter anmelden", "Kommentare ausblenden".
var controlVerbsLast = lang.WordSet(`auswählen anmelden abmelden einloggen ausloggen registrieren abonnieren kommentieren
	ausblenden einblenden weiterempfehlen zurücksetzen merken bewerten
	aanmelden afmelden inloggen uitloggen abonneren`)

// pageVerbsLast end the label of a button that does something with the
// page, in the infinitive, and a how-to's headline too ("Fotos richtig
// speichern"): they make a label only with a way to do it or a part of
// the page, "Als E-Mail senden", "Auf Facebook teilen", "Rezept drucken".
var pageVerbsLast = lang.WordSet(`teilen senden versenden drucken speichern melden empfehlen wählen öffnen schließen
	delen opslaan afdrukken`)

// controlWays are the small words that say how a button does it: "Als
// E-Mail senden", "Per WhatsApp teilen", "Auf Facebook teilen".
var controlWays = lang.WordSet(`als per auf via bei über zur zum`)

// pageObjects are the parts of a page and a site that a button acts on.
var pageObjects = lang.WordSet(`seite seiten artikel beitrag beiträge rezept rezepte kommentar kommentare link
	liste merkliste datum sprache region kategorie favoriten newsletter profil konto suche
	pagina artikel bericht recept reactie`)

// requestWords open a request to the visitor, which a headline never
// does: "Bitte warten", "Por favor espere", "Veuillez patienter", "Proszę
// czekać", and the polite imperatives of a form's notes ("Seleccione el
// autor", "Sélectionnez une date").
var requestWords = lang.WordSet(`bitte veuillez proszę seleccione elija ingrese introduzca sélectionnez`)

// controlTail are the words that follow a verb of the controls in their
// labels: "Sign in", "Join now", "Add to cart", "Share this post".
var controlTail = lang.WordSet(`in up out on off now here more all`)

// controlLine reports whether a line, whose words are ws (lineWords), is
// the label of a button, a link or a form's field, or a request to the
// visitor, by its verb: a short line that opens with a verb of the page's
// controls in the imperative, before a small word or a noun alone, or
// ends with one in the infinitive (with a way or a part of the page for
// the verbs a how-to uses too), or any line that opens with a request
// ("please").
func controlLine(ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if requestWords[ws[0]] || ws[0] == "por" && ws[1] == "favor" {
		return true
	}
	if len(ws) > maxControlWords {
		return false
	}
	if controlVerbsFirst[ws[0]] && (len(ws) == 2 || controlTail[ws[1]] || lang.StopLangs[ws[1]] != nil) {
		return true
	}
	if len(ws) > 3 {
		return false
	}
	last := ws[len(ws)-1]
	if controlVerbsLast[last] {
		return true
	}
	if !pageVerbsLast[last] {
		return false
	}
	if controlWays[ws[0]] {
		return true
	}
	for _, w := range ws[:len(ws)-1] {
		if pageObjects[w] {
			return true
		}
	}
	return false
}
