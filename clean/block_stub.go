package clean

import (
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
)

// TrailingStub drops the short lines left after the article's last
// paragraph of running text: widget titles, "Contact", "About the author",
// "Most read" — text that is not a sentence, with no text after it but
// other stubs and links.
var TrailingStub = BlockRule{
	Name: "trailing-stub",
	Drop: func(b article.Block, ctx Context) bool {
		rest := ctx.Blocks[ctx.Index+1:]
		if len(rest) > maxTail || !isStub(b) || IsSignoff(b.Plain) {
			return false // not in the tail (asked first: it costs nothing), or no stub
		}
		for _, next := range rest {
			if isRunningText(next) || (next.Kind != article.Heading && !isStub(next) && next.LinkDensity() < 0.5) {
				return false
			}
		}
		return true
	},
}

// maxTail is the most blocks an article's tail of chrome may have: with
// more after it, a block is not in the tail, and rules need not look
// further (which keeps them linear).
const maxTail = 40

// maxStub is the longest stub, in characters.
const maxStub = 50

// isStub reports whether a paragraph or heading is short and not a sentence.
func isStub(b article.Block) bool {
	if b.Kind != article.Paragraph && b.Kind != article.Heading {
		return false
	}
	if runesOver(b.Plain, maxStub) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(b.Plain)
	return !strings.ContainsRune(".!?…\"“”»)。！？」", last)
}

// minRunning is the shortest paragraph, in characters, that counts as
// running text.
const minRunning = 100

// isRunningText reports whether a block holds running text: a paragraph,
// quote, list, table or code block of some length with few links.
func isRunningText(b article.Block) bool {
	switch b.Kind {
	case article.Paragraph, article.Quote, article.List, article.Table, article.Code:
		// Bytes count too, so that a CJK paragraph of a few dozen
		// characters is running text.
		long := runesOver(b.Plain, minRunning-1) || len(b.Plain) >= 2*minRunning
		return long && b.LinkDensity() < 0.5
	}
	return false
}
