package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// hiddenHeading reports whether a heading is there for screen readers only.
func hiddenHeading(n *html.Node) bool {
	return strings.EqualFold(attr(n, "aria-hidden"), "true") || hasToken(n, kickerTokens)
}

// headingText returns a heading's visible text without its kicker, scripts
// and styles.
func headingText(n *html.Node) string {
	var sb strings.Builder
	writeHeading(&sb, n.FirstChild, nil)
	return tidyHeading(sb.String())
}

// writeHeading writes the visible text of the nodes from first up to end
// (nil: the last sibling), leaving out kickers, scripts, styles and ruby
// readings.
func writeHeading(sb *strings.Builder, first, end *html.Node) {
	for c := first; c != end; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			sb.WriteString(c.Data)
		case html.ElementNode:
			if skipped[c.DataAtom] || c.DataAtom == atom.Rt || c.DataAtom == atom.Rp || hasToken(c, kickerTokens) {
				continue
			}
			if c.DataAtom == atom.Br {
				sb.WriteByte(' ')
			}
			writeHeading(sb, c.FirstChild, nil)
		}
	}
}

// tidyHeading collapses a heading's spaces and drops soft hyphens and the
// punctuation or ornament that leads into it ("» ", "[> ").
func tidyHeading(t string) string {
	t = collapse(strings.ReplaceAll(t, "\u00ad", ""))
	t = strings.TrimLeft(t, ":|–—-· ")
	if lead, rest, ok := strings.Cut(t, " "); ok && isOrnament(lead) {
		t = rest
	}
	return t
}

// isOrnament reports whether a heading's first word is marks of
// decoration only: no letters, digits, quotes, ellipsis or bracket that
// something closes.
func isOrnament(w string) bool {
	if utf8.RuneCountInString(w) > 3 {
		return false
	}
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'„“”‘’‚«»‹›(.…¿¡&", r) {
			return false
		}
	}
	return true
}

// hasToken reports whether n's class or id holds one of tokens.
func hasToken(n *html.Node, tokens []string) bool {
	ci := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	if len(ci) < 2 {
		return false
	}
	for _, t := range tokens {
		if strings.Contains(ci, t) {
			return true
		}
	}
	return false
}

// inChrome reports whether n sits in the page's navigation or footer.
func inChrome(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode {
			continue
		}
		switch p.DataAtom {
		case atom.Nav, atom.Footer, atom.Aside:
			return true
		}
	}
	return false
}

// collapsedText returns collapse(textOf(n)), made in one pass over the
// tree and one string.
func collapsedText(n *html.Node) string {
	if n.Type == html.TextNode {
		return collapse(n.Data)
	}
	var tw textWalker
	held, buf := takeScratch()
	tw.buf = buf
	tw.allText(n)
	text := ""
	if !tw.invalid {
		text = string(tw.buf)
	}
	giveScratch(held, tw.buf)
	if tw.invalid {
		// Bytes that are not UTF-8, which the joined text may read
		// otherwise: collapse says what becomes of them.
		return collapse(textOf(n))
	}
	return text
}

// textOf returns the text below n.
func textOf(n *html.Node) string {
	if c := n.FirstChild; c != nil && c == n.LastChild && c.Type == html.TextNode {
		return c.Data // a script's or a title's one text: no copy
	}
	var sb strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			sb.WriteString(d.Data)
		}
	}
	if n.Type == html.TextNode {
		return n.Data
	}
	return sb.String()
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// collapse folds runs of white space into single spaces and trims.
func collapse(s string) string {
	return lang.Collapse(s)
}
