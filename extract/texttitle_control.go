package extract

import "github.com/pare-dev/pare/clean"

// maxControlWords is how long the label of a control may be.
const maxControlWords = 4

// controlVerbsFirst are the verbs that open the label of a button or a
// link in languages that put the imperative first: "Report this post",
// "Join now", "Sign in", "Seleccione una opción", "Wybierz stronę".
var controlVerbsFirst = clean.WordSet(`report join sign log share print save subscribe follow email send select choose add
	remove show hide view load skip rate reply register close cancel submit edit delete copy tweet pin
	upload accept allow enable disable manage reset toggle expand collapse
	seleccione selecciona elija elige haga ingrese introduzca suscríbete suscribirse regístrate inicia iniciar compartir
	imprimir guardar comparte
	sélectionnez choisissez inscrivez abonnez connectez partagez imprimer partager enregistrer
	wybierz zaloguj zarejestruj udostępnij dodaj pokaż ukryj drukuj zapisz subskrybuj`)

// controlVerbsLast are the verbs that end the label of a button or a link
// in languages that put the infinitive last: "Seite auswählen", "Als
// E-Mail senden", "Rezept speichern", "Mitglied werden".
var controlVerbsLast = clean.WordSet(`auswählen wählen teilen senden versenden drucken speichern merken bewerten melden
	anmelden abmelden einloggen ausloggen registrieren abonnieren kommentieren herunterladen downloaden
	ausblenden einblenden anzeigen schließen schliessen öffnen zurücksetzen bearbeiten löschen kopieren
	hinzufügen entfernen empfehlen weiterempfehlen folgen beitreten werden vergleichen filtern sortieren
	delen opslaan afdrukken aanmelden inloggen`)

// requestWords open a request to the visitor, which a headline never
// does: "Bitte warten", "Por favor espere", "Veuillez patienter", "Proszę
// czekać", and the polite imperatives of a form's notes ("Seleccione el
// autor", "Sélectionnez une date").
var requestWords = clean.WordSet(`bitte veuillez proszę seleccione elija ingrese introduzca sélectionnez`)

// controlTail are the words that follow a verb of the controls in their
// labels: "Sign in", "Join now", "Add to cart", "Share this post".
var controlTail = clean.WordSet(`in up out on off now here more all`)

// controlLine reports whether a line, whose words are ws (lineWords), is the label of a button, a link or
// a form's field, or a request to the visitor, by its verb: a short line
// that opens with a verb of the page's controls in the imperative, before
// a small word or a noun alone, or ends with one in the infinitive, or
// any line that opens with a request ("please").
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
	if controlVerbsFirst[ws[0]] && (len(ws) == 2 || controlTail[ws[1]] || stopLangs[ws[1]] != nil) {
		return true
	}
	return len(ws) <= 3 && controlVerbsLast[ws[len(ws)-1]]
}
