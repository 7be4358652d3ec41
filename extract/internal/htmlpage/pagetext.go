package htmlpage

import (
	"bytes"
	"errors"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ErrUnparsable marks a page that the HTML parser refuses, such as one whose
// elements nest deeper than the parser allows.
var ErrUnparsable = errors.New("html parser refused the page")

// breakBefore are the elements that start a new line of text, as a text
// browser lays them out.
var breakBefore = map[atom.Atom]string{
	atom.P: "\n\n", atom.Div: "\n", atom.H1: "\n\n", atom.H2: "\n\n", atom.H3: "\n\n",
	atom.H4: "\n\n", atom.H5: "\n\n", atom.H6: "\n\n", atom.Li: "\n", atom.Br: "\n",
	atom.Tr: "\n", atom.Section: "\n\n", atom.Article: "\n\n", atom.Header: "\n",
	atom.Footer: "\n", atom.Ul: "\n", atom.Ol: "\n", atom.Table: "\n", atom.Blockquote: "\n\n",
	atom.Pre: "\n\n", atom.Title: "\n", atom.Nav: "\n", atom.Aside: "\n",
}

// PageText returns the visible text of an HTML page laid out in lines, as a
// text dump of it would be, without building a tree: the tokenizer has no
// nesting limit. Scripts, styles and other invisible content are left out.
func PageText(b []byte) string {
	var sb strings.Builder
	z := html.NewTokenizer(bytes.NewReader(b))
	skip := 0 // depth inside elements whose content is not shown
	for {
		switch z.Next() {
		case html.ErrorToken:
			return sb.String()
		case html.TextToken:
			if skip == 0 {
				sb.WriteString(strings.Join(strings.Fields(string(z.Text())), " "))
				sb.WriteByte(' ')
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] && a != atom.Button && a != atom.Input {
				skip++
			}
			if br, ok := breakBefore[a]; ok {
				sb.WriteString(br)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if skipped[a] && a != atom.Button && a != atom.Input && skip > 0 {
				skip--
			}
			if br, ok := breakBefore[a]; ok {
				sb.WriteString(br)
			}
		}
	}
}
