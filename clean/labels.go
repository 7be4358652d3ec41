package clean

import (
	"strings"
	"unicode/utf8"
)

// SiteLabel matches a line that is only the name of a site's page or
// function, as menus and footers show them: "Impressum", "Kontakt",
// "Nach oben", "Zurück zur Übersicht", "Privacy Policy", "Anmelden".
var SiteLabel = TextRule{
	Name: "site-label",
	Gate: &Gate{Max: 50, FirstWords: firstWords(siteLabels)},
	MatchLine: func(ln *Line) bool {
		return !ln.RunesOver(50) && siteLabelStarts[ln.foldedFirstWord()] && siteLabelSet[ln.Folded()]
	},
}

// siteLabelSet holds the siteLabels, to look a line up at once.
var siteLabelSet = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range siteLabels {
		m[p] = true
	}
	return m
}()

// siteLabelStarts holds the first words of the siteLabels.
var siteLabelStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range siteLabels {
		m[firstWordOf(p)] = true
	}
	return m
}()

var siteLabels = phraseList(`
	impressum
	kontakt
	datenschutz
	datenschutzerklärung
	datenschutzhinweise
	agb
	nutzungsbedingungen
	barrierefreiheit
	mediadaten
	startseite
	home
	homepage
	menü
	menu
	navigation
	navigation schliessen
	navigation schließen
	hauptnavigation
	zum inhalt springen
	skip to content
	skip to main content
	zur navigation
	nach oben
	zurück nach oben
	back to top
	top
	zurück
	zurück zur übersicht
	zurück zur startseite
	alle artikel
	suche
	suchen
	search
	login
	log in
	logout
	anmelden
	abmelden
	registrieren
	sign in
	sign up
	register
	mein konto
	my account
	passwort vergessen
	forgot your password
	about
	about us
	über uns
	contact
	contact us
	privacy
	privacy policy
	cookie policy
	terms
	terms of use
	terms of service
	terms and conditions
	dmca
	sitemap
	rss
	jobs
	karriere
	careers
	presse
	press
	faq
	hilfe
	help
	rechtliches
	inhaltsverzeichnis
	mentions légales
	contactez-nous
	accueil
	rechercher
	aviso legal
	contacto
	política de privacidad
	inicio
	buscar
	contatti
	cerca
	kontakt z nami
	polityka prywatności
	szukaj
	regulamin
	anzeige
	werbung
	advertisement
	advertising
	sponsored
	gesponsert
	publicidad
	publicité
	pubblicità
	reklama
	advertentie
	gefällt mir
	like this
	bloggern gefällt das
	sei der erste dem dies gefällt
	be the first to like this
	wird geladen
	loading
	drucken
	print
	schließen
	close
	weiterlesen
	mehr lesen
	read more
	more
	mehr
	lire la suite
	leer más
	czytaj więcej
	artikel
	sie sind hier
	du bist hier
	you are here
	vous êtes ici
	usted está aquí
	estás aquí
	jesteś tutaj
	zur startseite
	show ad
	hide ad
	externer inhalt
	external content
	mehr erfahren
	learn more
	en savoir plus
	dowiedz się więcej
	polecamy
	auf einer seite lesen
`)

// TaxonomyLabel matches a line that lists or introduces an article's tags
// or categories: "Schlagworte", "Tags: Politik, Wahl", "Filed under".
var TaxonomyLabel = TextRule{
	Name: "taxonomy",
	Gate: &Gate{Max: 200, FirstWords: firstWords(taxonomyLabels)},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(200) {
			return false
		}
		if !taxonomyIndex.mayStart(ln.foldedFirstWord()) {
			return false
		}
		f := ln.Folded()
		return taxonomyIndex.startsWithAny(f) && !endsSentence(ln.Text()) && !namesADay(f)
	},
}

// namesADay reports whether a folded line opens with the German word for
// a day, named for what it marks: "Tag der Arbeit", "Tag des offenen
// Denkmals", a headline and no label of tags.
func namesADay(f string) bool {
	return strings.HasPrefix(f, "tag der ") || strings.HasPrefix(f, "tag des ")
}

var taxonomyIndex = newPrefixIndex(taxonomyLabels)

var taxonomyLabels = phraseList(`
	tags
	tag
	schlagworte
	schlagwörter
	stichworte
	stichwörter
	themen
	thema
	kategorie
	kategorien
	rubrik
	rubriken
	categories
	category
	filed under
	posted in
	topics
	étiquettes
	catégories
	mots-clés
	etiquetas
	categorías
	categoria
	tagi
	kategorie
	tematy
	trefwoorden
`)

// endsSentence reports whether s ends like a sentence.
func endsSentence(s string) bool {
	for {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case ' ', '"', '“', '”', '»', ')':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
}
