package clean

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// DOMRule is a named predicate over the elements of a parsed page, run
// before the article is looked for. Drop reports whether the element n, and
// all below it, is page chrome.
type DOMRule struct {
	Name string
	Drop func(n *html.Node) bool
}

// DefaultDOMRules returns the rules run over every HTML page, in order.
func DefaultDOMRules() []DOMRule {
	return []DOMRule{
		HiddenElement,
		RubyReading,
		ChromeElement,
		ChromeRole,
		ChromeClass,
		Caption,
	}
}

// ApplyDOM removes from the tree under root every element that one of rules
// drops, and returns a Removal for each. The document's html, head, body,
// main and article elements are never removed, nor an element that holds
// half the page's text or two fifths of its paragraph text, so that one
// misleading class name on a layout wrapper cannot empty a page.
func ApplyDOM(root *html.Node, rules []DOMRule) []article.Removal {
	sz := measure(root)
	var removed []article.Removal
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && !protected[c.DataAtom] && !sz.holdsArticle(c) {
				if r, ok := firstDOMRule(c, rules); ok {
					removed = append(removed, article.Removal{Rule: r.Name, Text: nodeText(c, 200)})
					n.RemoveChild(c)
					c = next
					continue
				}
			}
			if c.Type == html.ElementNode {
				walk(c)
			}
			c = next
		}
	}
	walk(root)
	return removed
}

// protected elements are never removed by a DOM rule.
var protected = map[atom.Atom]bool{
	atom.Html: true, atom.Head: true, atom.Body: true, atom.Main: true, atom.Article: true,
	atom.Title: true, atom.Meta: true, atom.Link: true,
}

func firstDOMRule(n *html.Node, rules []DOMRule) (DOMRule, bool) {
	for _, r := range rules {
		if r.Drop(n) {
			return r, true
		}
	}
	return DOMRule{}, false
}

// textSizes holds, for each element, the bytes of text below it, in all and
// inside paragraphs.
type textSizes struct {
	of                   map[*html.Node]textSize
	totalText, totalPara int
}

// textSize is the bytes of text below an element: in all, and inside
// paragraphs.
type textSize struct{ text, para int }

// measure walks the tree once and records the text sizes of every element.
func measure(root *html.Node) *textSizes {
	sz := &textSizes{of: make(map[*html.Node]textSize, elements(root))}
	sz.totalText, sz.totalPara = sz.walk(root, false)
	return sz
}

// elements returns the number of elements under n, n included.
func elements(n *html.Node) int {
	count := 0
	if n.Type == html.ElementNode {
		count++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		count += elements(c)
	}
	return count
}

func (sz *textSizes) walk(n *html.Node, inPara bool) (text, para int) {
	if n.Type == html.TextNode {
		t := len(strings.TrimSpace(n.Data))
		if inPara {
			return t, t
		}
		return t, 0
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
		return 0, 0
	}
	if n.DataAtom == atom.P {
		inPara = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, p := sz.walk(c, inPara)
		text += t
		para += p
	}
	if n.Type == html.ElementNode {
		sz.of[n] = textSize{text, para}
	}
	return text, para
}

// holdsArticle reports whether n holds half the page's text or two fifths
// of its paragraph text: then n is not chrome, whatever its name says.
func (sz *textSizes) holdsArticle(n *html.Node) bool {
	t := sz.of[n]
	return t.text*2 > sz.totalText || (sz.totalPara > 0 && t.para*5 > sz.totalPara*2)
}

// nodeText returns up to max bytes of n's text, white space folded.
func nodeText(n *html.Node, max int) string {
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
			sb.WriteByte(' ')
			if sb.Len() > max*2 {
				break
			}
		}
	}
	s := lang.Collapse(sb.String())
	if len(s) > max {
		cut := max
		for cut > 0 && !isRuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
