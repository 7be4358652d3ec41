package htmlpage

import (
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageForm is what the form controls of a page show.
type pageForm struct {
	entries int      // controls to type into, a password field among them
	labels  []string // the texts of labels, legends, buttons and options (folded)
}

// readForms collects the form controls of the page under root.
func readForms(root *html.Node) pageForm {
	var f pageForm
	for n := range root.Descendants() {
		f.read(n)
	}
	return f
}

// read adds n to the form controls when it is one: readMeta reads them in
// its walk of the page.
func (f *pageForm) read(n *html.Node) {
	if n.Type != html.ElementNode {
		return
	}
	switch n.DataAtom {
	case atom.Input:
		switch strings.ToLower(attr(n, "type")) {
		case "", "text", "email", "password", "search", "tel", "number", "url":
			f.entries++
		}
		if v := attr(n, "value"); v != "" && strings.EqualFold(attr(n, "type"), "submit") && len(f.labels) < maxLabels {
			f.labels = append(f.labels, lang.Fold(collapse(v)))
		}
	case atom.Textarea:
		f.entries++
	case atom.Label, atom.Legend, atom.Button, atom.Option:
		if t := lang.Fold(collapsedText(n)); t != "" && len(f.labels) < maxLabels {
			f.labels = append(f.labels, t)
		}
	}
}

// isFormPage reports whether an article is a form's labels more than
// text: the page has at least formEntries controls to type into, and of the
// article's text, the labels of the page's forms make a third or more and
// the rest is less than formPageRunes.
func isFormPage(blocks []article.Block, f pageForm) bool {
	if !f.canBeForm() || article.TextLength(blocks) > formPageMax {
		return false
	}
	labels, rest := 0, 0
	for _, b := range blocks {
		t := lang.Fold(b.Plain)
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

// canBeForm reports whether the page has the controls and labels that
// isFormPage needs to call any article of it a form.
func (f pageForm) canBeForm() bool {
	return f.entries >= formEntries && len(f.labels) > 0
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
