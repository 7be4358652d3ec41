package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pare-dev/pare/clean"
)

// A page that is a form to fill in (a login, a sign-up) or a web server's
// error page has no article, however its text is laid out: the rules below
// tell them by their shape, so that such a page is "no article" rather
// than an article of its labels.

// pageForm is what the form controls of a page show.
type pageForm struct {
	entries int      // controls to type into, a password field among them
	labels  []string // the texts of labels, legends, buttons and options (folded)
}

// readForms collects the form controls of the page under root.
func readForms(root *html.Node) pageForm {
	var f pageForm
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Input:
			switch strings.ToLower(attr(n, "type")) {
			case "", "text", "email", "password", "search", "tel", "number", "url":
				f.entries++
			}
			if v := attr(n, "value"); v != "" && strings.EqualFold(attr(n, "type"), "submit") && len(f.labels) < maxLabels {
				f.labels = append(f.labels, clean.Fold(collapse(v)))
			}
		case atom.Textarea:
			f.entries++
		case atom.Label, atom.Legend, atom.Button, atom.Option:
			if t := clean.Fold(collapse(textOf(n))); t != "" && len(f.labels) < maxLabels {
				f.labels = append(f.labels, t)
			}
		}
	}
	return f
}

// isFormPage reports whether an article is a form's labels more than
// text: the page has at least formEntries controls to type into, and of the
// article's text, the labels of the page's forms make a third or more and
// the rest is less than formPageRunes.
func isFormPage(blocks []clean.Block, f pageForm) bool {
	if f.entries < formEntries || len(f.labels) == 0 || textLength(blocks) > formPageMax {
		return false
	}
	labels, rest := 0, 0
	for _, b := range blocks {
		t := clean.Fold(b.Plain)
		all := utf8.RuneCountInString(strings.Join(strings.Fields(t), " "))
		for _, l := range f.labels {
			if len(l) > 1 {
				t = strings.ReplaceAll(t, l, " ")
			}
		}
		left := utf8.RuneCountInString(strings.Join(strings.Fields(t), " "))
		labels += max(0, all-left)
		rest += left
	}
	return rest < formPageRunes && labels*2 >= rest && labels > 0
}

// maxLabels is the most labels readForms keeps: enough for any form a
// person fills in, and a bound on the work of isFormPage.
const maxLabels = 200

// formPageMax is the most text an article told from a form page can have:
// a longer one is an article whatever its share of labels.
const formPageMax = 2000

// formEntries is the fewest controls to type into that make a page a form
// (a search box alone does not).
const formEntries = 2

// formPageRunes is how much text besides its labels makes a form page an
// article: the text of a short news item, more than the line or two under
// a login form.
const formPageRunes = 200

// isErrorPage reports whether an article is a web server's error page: a
// title that is an HTTP status ("404 Not Found", "Error 503", "Forbidden")
// over little text.
func isErrorPage(title string, blocks []clean.Block) bool {
	return statusTitle(title) && textLength(blocks) < errorPageRunes
}

// errorPageRunes is how much text makes a page titled with an HTTP status
// an article (about one, say) rather than the server's error page.
const errorPageRunes = 400

// statusTitle reports whether a title names an HTTP error status: a 4xx or
// 5xx code, a reason phrase or both, with "error" or "HTTP" and a site's
// name after a bar at most.
func statusTitle(title string) bool {
	t := strings.ToLower(collapse(title))
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
		case len(w) == 3 && (w[0] == '4' || w[0] == '5') && isDigits(w):
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
