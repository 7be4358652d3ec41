package clean

import "github.com/pare-dev/pare/article"

// TrailingPrompt drops a plea or a pointer that closes an HTML article
// ("Follow us on Twitter", "Download our app for iOS and Android", "Support
// our journalism"): SupportPrompt's words, in the article's tail only, where
// no running text but other prompts and stubs follows. Inside the article
// the same words open ordinary paragraphs, so they are left alone there.
var TrailingPrompt = BlockRule{
	Name: SupportPrompt.Name,
	Drop: func(b article.Block, ctx Context) bool {
		// The tail first: most blocks stand before it, and the prompt
		// test reads the block's words.
		rest := ctx.Blocks[ctx.Index+1:]
		if len(rest) > maxTail || !isPrompt(ctx, ctx.Index, b) {
			return false
		}
		for k, next := range rest {
			if isRunningText(next) && !isPrompt(ctx, ctx.Index+1+k, next) {
				return false
			}
		}
		return true
	},
}

// isPrompt reports whether a paragraph reads as a support prompt: a short
// one, as a longer paragraph with the same words is the author's closing.
// b is block i of ctx.Blocks, whose Line ApplyBlocks made (ctx.lineAt).
func isPrompt(ctx Context, i int, b article.Block) bool {
	if b.Kind != article.Paragraph {
		return false
	}
	// The Line keeps the block's count of characters for the other
	// blocks that ask it (TrailingPrompt asks of each block in the tail
	// about all those after it).
	l := ctx.lineAt(i, b)
	return !l.RunesOver(maxPrompt) && SupportPrompt.matchLine(l)
}

// maxPrompt is the longest trailing prompt, in characters.
const maxPrompt = 120
