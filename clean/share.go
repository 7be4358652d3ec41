package clean

import "github.com/pare-dev/pare/internal/lang"

// shareKeys are the words that make a line a share bar.
var shareKeys = lang.WordSet(`share shares teilen geteilt teile partager partagez compartir comparte compártelo
	condividi delen udostępnij udostepnij tweet tweeten twittern pin pinnen
	facebook twitter x whatsapp telegram linkedin xing pinterest reddit tumblr threads bluesky mastodon
	flipboard pocket messenger email e-mail mail drucken print imprimer imprimir stampa drukuj
	empfehlen weiterempfehlen`)

// shareVocab are the words a share bar is made of.
var shareVocab = func() map[string]bool {
	m := lang.WordSet(`this article post page story dies diesen artikel beitrag seite mit sie auf on via per by
		link url copy kopieren copied kopiert zum zu the a an le la el los las il lo ce cet cette este esta
		this: sur en su na no in op artikel: artículo article: notizia en artykuł wpis los
		schließen close more mehr weitere weiterleiten versenden send senden envoyer enviar invia wyślij
		now jetzt it ihn es het deze dit bericht der die das den dem facebook-seite
		social media sozialen medien netzwerken networks uns weiter`)
	for k := range shareKeys {
		m[k] = true
	}
	return m
}()

// ShareBar matches a line of share buttons: "Teilen", "Share this:",
// "Facebook Twitter WhatsApp E-Mail", "Artikel per Mail versenden",
// "Empfehlen Sie uns weiter".
var ShareBar = TextRule{
	Name: "share-bar",
	Gate: &Gate{Max: 120, FirstWords: keysOf(shareVocab)},
	MatchLine: func(ln *Line) bool {
		return !ln.RunesOver(120) && ln.onlyWords(shareVocab, shareKeys)
	},
}
