package clean

import (
	"strings"

	"github.com/pare-dev/pare/article"
)

// EmptySection drops a heading, or a label paragraph ("Read also:", "**More
// on this**"), that heads nothing: it is the last block of the article, or
// only link blocks follow it until the next heading of its level
// ("Related articles" above a list of links).
var EmptySection = BlockRule{
	Name: "empty-section",
	Drop: func(b article.Block, ctx Context) bool {
		if b.Kind != article.Heading && !isLabel(b) {
			return false
		}
		rest := ctx.Blocks[ctx.Index+1:]
		if len(rest) > maxTail {
			rest = rest[:maxTail]
		}
		for _, next := range rest {
			if next.Kind == article.Heading && (b.Kind != article.Heading || next.Level <= b.Level) {
				break
			}
			if next.Kind == article.Heading || (b.Kind != article.Heading && isLabel(next)) {
				if b.Kind != article.Heading {
					break
				}
				continue
			}
			if next.LinkDensity() < 0.6 {
				return false
			}
		}
		return true
	},
}

// maxLabel is the longest label paragraph, in bytes.
const maxLabel = 60

// isLabel reports whether a paragraph reads as a label over what follows:
// short, and ending in a colon or all in bold.
func isLabel(b article.Block) bool {
	if b.Kind != article.Paragraph || len(b.Plain) > maxLabel {
		return false
	}
	if strings.HasSuffix(b.Plain, ":") {
		// A sentence that announces a picture ("Das Innere sieht bei
		// mir so aus:") is text; a label is a few words.
		return len(strings.Fields(b.Plain)) <= 5
	}
	t := b.Text
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**")
}
