package clean

import "github.com/pare-dev/pare/article"

// TextBlockRules makes block rules of text rules, so that the word-based
// rules written for the lines of text dumps (cookie notes, comment policies,
// newsletter prompts, share bars, copyright lines…) also judge the short
// blocks of HTML articles. Each keeps its text rule's name.
//
// Two guards keep them to chrome. Only blocks up to maxRunes visible
// characters are judged: chrome is short, and a long paragraph that mentions
// a newsletter is the article's. And a rule that matches more than
// maxTopicBlocks blocks of one article has found its topic, not its chrome:
// a privacy policy is made of cookie notes.
func TextBlockRules(rules []TextRule, maxRunes int) []BlockRule {
	out := make([]BlockRule, 0, len(rules))
	for _, r := range rules {
		match := func(b article.Block, l *Line) bool {
			if b.Kind != article.Paragraph && b.Kind != article.Heading && b.Kind != article.List {
				return false
			}
			return !l.RunesOver(maxRunes) && r.matchLine(l)
		}
		out = append(out, BlockRule{
			Name: r.Name,
			Drop: func(b article.Block, ctx Context) bool {
				return match(b, ctx.blockLine(b)) && ctx.countLines(r.Name, match) <= maxTopicBlocks
			},
			text: true,
		})
	}
	return out
}

// maxTopicBlocks is how many blocks of one article a text rule may remove
// before it is taken to match the article's subject.
const maxTopicBlocks = 3
