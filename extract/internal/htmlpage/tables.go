package htmlpage

import (
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markBrokenTables marks role="presentation", in a copy made for the
// converter, each table under n (n too) that the converter's table plugin
// would give up on because one of its cells breaks a line. The plugin
// renders every cell of a table before it looks for line breaks in them,
// and on finding one renders the whole table again as plain blocks; a table
// marked so goes to the plain rendering at once, which writes the same
// Markdown with half the work. Only a sure line break counts (cellBreaks):
// a table left unmarked is rendered as before.
func markBrokenTables(n *html.Node) {
	markBrokenTable(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markBrokenTables(c)
	}
}

// markBrokenTable is markBrokenTables for n alone.
func markBrokenTable(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == atom.Table && !hasAttr(n, "role") && tableBreaks(n) {
		n.Attr = append(n.Attr, html.Attribute{Key: "role", Val: "presentation"})
	}
}

// tableBreaks reports whether a cell of the table under n, not of a table
// nested in it, surely renders with a line break in it.
func tableBreaks(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom == atom.Table {
			continue
		}
		if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
			if cellBreaks(c) {
				return true
			}
			continue
		}
		if tableBreaks(c) {
			return true
		}
	}
	return false
}

// cellBreaks reports whether a cell holds a line break (<br>) with words
// before and after it, all of them inside elements that render their
// content as it is, line breaks kept: text, links and emphasis, spans,
// paragraphs. Anything else (code, which joins lines, or what the
// converter drops) is passed over.
func cellBreaks(cell *html.Node) bool {
	words, broken := false, false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && hasLetterOrDigit(c.Data):
				if broken {
					return true
				}
				words = true
			case c.Type != html.ElementNode || c.Namespace != "":
			case c.DataAtom == atom.Br:
				broken = broken || words
			case keepsLines[c.DataAtom]:
				if walk(c) {
					return true
				}
			}
		}
		return false
	}
	return walk(cell)
}

// keepsLines holds the elements whose content the converter writes with
// its line breaks kept.
var keepsLines = map[atom.Atom]bool{
	atom.A: true, atom.B: true, atom.Strong: true, atom.I: true, atom.Em: true,
	atom.S: true, atom.Del: true, atom.Strike: true, atom.U: true, atom.Span: true,
	atom.Font: true, atom.Small: true, atom.Sub: true, atom.Sup: true, atom.Mark: true,
	atom.P: true, atom.Div: true,
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
