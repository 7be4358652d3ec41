package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

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
	next := 0 // the index in sz.of of the next element met
	if root.Type == html.ElementNode {
		next = 1 // root's own
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			sibling := c.NextSibling
			if c.Type != html.ElementNode {
				c = sibling
				continue
			}
			at := next
			next++
			if !protected[c.DataAtom] && !sz.holdsArticle(at) {
				if r, ok := firstDOMRule(c, rules); ok {
					removed = append(removed, article.Removal{Rule: r.Name, Text: nodeText(c, 200)})
					n.RemoveChild(c)
					next = at + sz.of[at].elements // past the elements below it
					c = sibling
					continue
				}
			}
			walk(c)
			c = sibling
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
// inside paragraphs: of holds the elements in the order of a walk of the
// tree (an element before those below it, and those before its next
// sibling), as ApplyDOM meets them.
type textSizes struct {
	of                   []textSize
	totalText, totalPara int
}

// textSize is the bytes of text below an element: in all, and inside
// paragraphs; and the elements in its tree, itself included. The elements
// of a script or style count no text.
type textSize struct{ text, para, elements int }

// measure walks the tree once and records the text sizes of every element.
func measure(root *html.Node) *textSizes {
	sz := &textSizes{of: make([]textSize, 0, elements(root))}
	sz.totalText, sz.totalPara = sz.walk(root, false, false)
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

// walk returns the text sizes of n and records those of the elements
// under it, n included; below a script or a style (mute) they are nothing.
func (sz *textSizes) walk(n *html.Node, inPara, mute bool) (text, para int) {
	if n.Type == html.TextNode {
		if mute {
			return 0, 0
		}
		t := len(strings.TrimSpace(n.Data))
		if inPara {
			return t, t
		}
		return t, 0
	}
	at := -1
	if n.Type == html.ElementNode {
		at = len(sz.of)
		sz.of = append(sz.of, textSize{})
		mute = mute || n.DataAtom == atom.Script || n.DataAtom == atom.Style
	}
	if n.DataAtom == atom.P {
		inPara = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t, p := sz.walk(c, inPara, mute)
		text += t
		para += p
	}
	if at >= 0 {
		sz.of[at] = textSize{text, para, len(sz.of) - at}
	}
	return text, para
}

// holdsArticle reports whether the element at index at of sz.of holds half
// the page's text or two fifths of its paragraph text: then it is not
// chrome, whatever its name says.
func (sz *textSizes) holdsArticle(at int) bool {
	t := sz.of[at]
	return t.text*2 > sz.totalText || (sz.totalPara > 0 && t.para*5 > sz.totalPara*2)
}

// nodeText returns up to max bytes of n's text, white space folded: the
// text of n's text nodes, each followed by a space, up to the first after
// which they make more than 2*max bytes, folded by lang.Collapse and cut
// to max bytes (at a character's start) and an ellipsis when longer.
//
// It folds the text as it goes and stops once it has more than max bytes,
// instead of copying it all first; text that is not UTF-8 is left to
// lang.Collapse (nodeTextCopy).
func nodeText(n *html.Node, max int) string {
	var scratch [512]byte
	buf, pending, raw := scratch[:0], false, 0
	for d := range n.Descendants() {
		if d.Type != html.TextNode {
			continue
		}
		var ok bool
		if buf, pending, ok = appendFolded(buf, d.Data, pending, max); !ok {
			return nodeTextCopy(n, max)
		}
		pending = pending || len(buf) > 0 // the space after it
		if raw += len(d.Data) + 1; raw > max*2 || len(buf) > max {
			break
		}
	}
	if len(buf) > max {
		cut := max
		for cut > 0 && !isRuneStart(buf[cut]) {
			cut--
		}
		return string(buf[:cut]) + "…"
	}
	return string(buf)
}

// appendFolded appends s to buf with each run of white space folded into
// one space, written only before a character that follows it (pending:
// there is white space at buf's end), until buf holds more than limit
// bytes. It reports false, and stops, at a byte that is not UTF-8.
func appendFolded(buf []byte, s string, pending bool, limit int) ([]byte, bool, bool) {
	for i := 0; i < len(s) && len(buf) <= limit; {
		c, size := s[i], 1
		space := false
		if c < utf8.RuneSelf {
			space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return buf, pending, false
			}
			space = unicode.IsSpace(r)
		}
		if space {
			pending = len(buf) > 0
		} else {
			if pending {
				buf = append(buf, ' ')
				pending = false
			}
			buf = append(buf, s[i:i+size]...)
		}
		i += size
	}
	return buf, pending, true
}

// nodeTextCopy is nodeText on a copy of the text, folded by lang.Collapse.
func nodeTextCopy(n *html.Node, max int) string {
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
