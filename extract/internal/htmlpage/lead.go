package htmlpage

import (
	"bytes"
	"github.com/pare-dev/pare/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// leadWords are class-name words of an article's lead (standfirst, teaser,
// Vorspann, chapô, bajada…), the paragraph under the headline that
// readability often leaves out because it sits with the headline rather than
// with the body.
var leadWords = map[string]bool{
	"lead": true, "leadtext": true, "intro": true, "introduction": true, "teaser": true,
	"standfirst": true, "summary": true, "excerpt": true, "abstract": true, "subtitle": true,
	"subheadline": true, "einleitung": true, "vorspann": true, "kurztext": true, "chapo": true,
	"chapeau": true, "bajada": true, "entradilla": true, "sumario": true, "copete": true,
	"deck": true, "dek": true, "description": true, "lede": true,
}

// minLead and maxLead bound the length, in bytes, of a lead paragraph.
const minLead, maxLead = 60, 1500

// findLead returns a copy of the article's lead: the first element after
// the page's first <h1>, and close to it (under the same near ancestor),
// whose class names a lead, with text of a lead's length; or nil. It runs on
// the cleaned page, before readability changes the tree.
func findLead(root *html.Node) *html.Node {
	var h1 *html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.H1 {
			h1 = n
			break
		}
	}
	if h1 == nil {
		return nil
	}
	near := h1
	for i := 0; i < leadReach && near.Parent != nil && near.Parent.DataAtom != atom.Body; i++ {
		near = near.Parent
	}
	after := false
	for n := range near.Descendants() {
		if n == h1 {
			after = true
			continue
		}
		if !after || n.Type != html.ElementNode || !hasWord(n, leadWords) {
			continue
		}
		switch n.DataAtom {
		case atom.A, atom.Img, atom.Figure, atom.Li, atom.Ul, atom.Ol:
			continue
		}
		if insideLink(n) || isDescendant(n, h1) {
			continue
		}
		t := collapsedText(n)
		if len(t) < minLead || len(t) > maxLead {
			continue
		}
		return cloneNode(n)
	}
	return nil
}

// leadReach is how many levels above the headline a lead may sit.
const leadReach = 4

func isDescendant(n, of *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == of {
			return true
		}
	}
	return false
}

// hasWord reports whether one of n's class names holds one of words, as a
// whole word.
func hasWord(n *html.Node, words map[string]bool) bool {
	for name := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if i := strings.Index(name, "--"); i > 0 {
			name = name[:i]
		}
		for w := range lang.AlnumWords(name) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

func insideLink(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// withLead puts the lead before the blocks when they do not hold its text
// already.
func withLead(blocks []article.Block, lead *html.Node, pageURL string, images bool) []article.Block {
	if lead == nil {
		return blocks
	}
	leadBlocks := htmlBlocks(lead, pageURL, images)
	if len(leadBlocks) == 0 {
		return blocks
	}
	var body strings.Builder
	for _, b := range blocks {
		body.WriteString(b.Plain)
		body.WriteByte(' ')
	}
	text := body.String()
	var add []article.Block
	for _, b := range leadBlocks {
		probe := b.Plain
		if len(probe) > 80 {
			probe = probe[:80]
		}
		if !strings.Contains(text, probe) {
			add = append(add, b)
		}
	}
	if len(add) == 0 {
		return blocks
	}
	return append(add, blocks...)
}

// minDescription is the shortest description, in bytes, taken as a lead.
const minDescription = 80

// descriptionShown reports whether the page's description is long enough to
// be a lead and is shown in the page's body, as a teaser under the headline
// often is.
func descriptionShown(root *html.Node, desc string) bool {
	if len(desc) < minDescription {
		return false
	}
	var body *html.Node
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			break
		}
	}
	if body == nil {
		return false
	}
	p := probe(desc)
	if plainProbe(p) {
		if found, ok := plainShown(body, p, skipMin); ok {
			return found
		}
	}
	// The body's text is searched where it is gathered, not copied. Found
	// in one text node as it is, p is in the body's folded text too: its
	// spaces are single ones between other characters, which folding
	// keeps; then the rest need not be gathered.
	var tw textWalker
	if foldBodyText(&tw, body, p, plainProbe(p)) {
		return true
	}
	if tw.invalid {
		return strings.Contains(collapsedText(body), p)
	}
	return bytes.Contains(tw.buf, []byte(p))
}

// foldBodyText adds the text of every text node below n to tw, as allText
// does, and reports true, having stopped, at the first that holds p when
// plain, or once the text gathered holds p. What it gathers is searched
// every foldWindow bytes and then let go but for its last len(p) bytes,
// where p may start: the body's text is never held whole. (Once a byte
// that is not UTF-8 is met, it is kept whole for the caller.)
func foldBodyText(tw *textWalker, n *html.Node, p string, plain bool) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if plain && strings.Contains(c.Data, p) {
				return true
			}
			tw.text(c.Data)
			if len(tw.buf) >= foldWindow+len(p) && !tw.invalid {
				if bytes.Contains(tw.buf, []byte(p)) {
					return true
				}
				tw.buf = tw.buf[:copy(tw.buf, tw.buf[len(tw.buf)-len(p):])]
			}
		}
		if foldBodyText(tw, c, p, plain) {
			return true
		}
	}
	return false
}

// foldWindow is how many bytes of the body's text foldBodyText gathers
// before it searches them.
const foldWindow = 8 << 10

// plainProbe reports whether p is valid UTF-8 whose only white space is
// single plain spaces between other characters: a text that folding white
// space leaves as it is, wherever it stands.
func plainProbe(p string) bool {
	if p == "" || !utf8.ValidString(p) {
		return false
	}
	prevSpace := true // a space may not lead
	for _, r := range p {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return false
		}
		prevSpace = space
	}
	return !prevSpace
}

// withDescription puts the description before the blocks, as their lead,
// when they do not hold it already.
func withDescription(blocks []article.Block, desc string) []article.Block {
	held, body := takeScratch()
	for _, b := range blocks {
		body = append(body, b.Plain...)
		body = append(body, ' ')
	}
	shown := bytes.Contains(body, []byte(probe(desc)))
	giveScratch(held, body)
	if shown {
		return blocks
	}
	lead := article.Block{Kind: article.Paragraph, Text: mdsafe.MarkdownText(desc), Plain: desc}
	return append([]article.Block{lead}, blocks...)
}

// probe returns the start of a text, enough to find it elsewhere.
func probe(s string) string {
	if len(s) <= 60 {
		return s
	}
	cut := 60
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}
