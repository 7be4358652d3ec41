package clean

import "strings"

// DefaultBlockRules are the rules run over the blocks of every article, in
// order.
var DefaultBlockRules = []BlockRule{
	TitleRepeat,
	DateLine,
	LinkParagraph,
	LabelledLink,
	LinkList,
	EmptySection,
	TrailingStub,
}

// TitleRepeat drops a block that only repeats the article's title, such as
// the page's own headline or an image caption, since the title is written
// once above the body.
var TitleRepeat = BlockRule{
	Name: "title-repeat",
	Drop: func(b Block, ctx Context) bool {
		if ctx.Title == "" || (b.Kind != Heading && b.Kind != Paragraph) {
			return false
		}
		return Fold(b.Plain) == Fold(ctx.Title)
	},
}

// Fold returns s lower-cased with white space folded and outer quotes and
// punctuation trimmed, for comparing texts loosely.
func Fold(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.Trim(s, " \"'“”„‘’«».:!?")
}
