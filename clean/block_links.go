package clean

import (
	"strings"

	"github.com/pare-dev/pare/article"
)

// LinkParagraph drops a paragraph or heading that is nearly all link text:
// a teaser for another article ("Read also: …"), a "back to the list" link,
// a row of footer links. Running text has few links. A link that spells
// out its address (a source, a petition) stays.
var LinkParagraph = BlockRule{
	Name: "link-paragraph",
	Drop: func(b article.Block, ctx Context) bool {
		if b.Kind != article.Paragraph && b.Kind != article.Heading {
			return false
		}
		return b.Links > 0 && b.LinkDensity() >= 0.7 && !isAddress(b.Plain)
	},
}

// LinkList drops a list made mostly of links: related articles, tag clouds,
// menus that survived the page cleaning.
var LinkList = BlockRule{
	Name: "link-list",
	Drop: func(b article.Block, ctx Context) bool {
		return b.Kind == article.List && b.LinkDensity() >= 0.6
	},
}

// isAddress reports whether text spells out a web or mail address.
func isAddress(text string) bool {
	return strings.Contains(text, "://") || strings.HasPrefix(text, "www.") || strings.Contains(text, "@")
}

// maxLinkLabel is the longest label, in bytes, before a labelled link.
const maxLinkLabel = 40

// LabelledLink drops a paragraph that is a short label, a colon and a link
// ("Read also: …", "Lesen Sie auch: …", "Mire: …", "Czytaj też: …"): a
// teaser for another article set inside the text. The label is recognised
// by its form, not its words, so that it works in any language.
var LabelledLink = BlockRule{
	Name: "labelled-link",
	Drop: func(b article.Block, ctx Context) bool {
		if b.Kind != article.Paragraph && b.Kind != article.Heading && b.Kind != article.Quote || b.Links == 0 {
			return false
		}
		i := strings.IndexByte(b.Plain, ':')
		if i <= 0 || i > maxLinkLabel {
			return false
		}
		rest := []rune(strings.TrimSpace(b.Plain[i+1:]))
		return len(rest) > 0 && b.Links >= len(rest)-2 && !isAddress(b.Plain)
	},
}
