package extract

import (
	"strings"
	"unicode"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// A page that is a form to fill in (a login, a sign-up) or a web server's
// error page has no article, however its text is laid out: the rules below
// tell them by their shape, so that such a page is "no article" rather
// than an article of its labels.

// isErrorPage reports whether an article is a web server's error page: a
// title that is an HTTP status ("404 Not Found", "Error 503", "Forbidden")
// over little text.
func isErrorPage(title string, blocks []article.Block) bool {
	return statusTitle(title) && article.TextLengthUnder(blocks, errorPageRunes)
}

// errorPageRunes is how much text makes a page titled with an HTTP status
// an article (about one, say) rather than the server's error page.
const errorPageRunes = 400

// statusTitle reports whether a title names an HTTP error status: a 4xx or
// 5xx code, a reason phrase or both, with "error" or "HTTP" and a site's
// name after a bar at most.
func statusTitle(title string) bool {
	t := strings.ToLower(lang.Collapse(title))
	for _, sep := range []string{" | ", " - ", " – ", " — ", " · "} {
		if i := strings.Index(t, sep); i > 0 {
			t = t[:i]
		}
	}
	t = strings.Trim(t, " .:!")
	code := false
	var rest []string
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == ':' || r == '-' || r == '(' || r == ')' }) {
		switch {
		case len(w) == 3 && (w[0] == '4' || w[0] == '5') && dates.IsDigits(w):
			code = true
		case len(rest) == 0 && (w == "error" || w == "http" || w == "status"):
		default:
			rest = append(rest, w)
		}
	}
	phrase := strings.Join(rest, " ")
	if phrase == "" {
		return code
	}
	return statusPhrases[phrase]
}

// statusPhrases are the reason phrases of the HTTP error statuses pages
// show, and the wordings servers and sites give them.
var statusPhrases = map[string]bool{
	"bad request": true, "unauthorized": true, "forbidden": true, "not found": true,
	"page not found": true, "file not found": true, "method not allowed": true,
	"not acceptable": true, "request timeout": true, "gone": true, "too many requests": true,
	"internal server error": true, "server error": true, "not implemented": true,
	"bad gateway": true, "service unavailable": true, "service temporarily unavailable": true,
	"gateway timeout": true, "gateway time out": true, "access denied": true,
	"seite nicht gefunden": true, "page introuvable": true, "page non trouvée": true,
	"página no encontrada": true, "pagina non trovata": true, "pagina niet gevonden": true,
}
