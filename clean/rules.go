package clean

import (
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// DefaultBlockRules returns the rules run over the blocks of every article,
// in order.
func DefaultBlockRules() []BlockRule {
	return append([]BlockRule{
		TitleRepeat,
		DateLine,
		LinkParagraph,
		LabelledLink,
		LinkList,
		EmptySection,
		TrailingStub,
		TrailingPrompt,
	}, TextBlockRules(HTMLTextRules(), 400)...)
}

// HTMLTextRules returns the text rules that also judge HTML blocks: those whose
// words mark chrome in any markup. Teaser and SupportPrompt are left out:
// in a dump they catch lines outside the article, while in an HTML article
// the same words open ordinary paragraphs.
func HTMLTextRules() []TextRule {
	return []TextRule{
		IconRun, ImageLabel, FormRemnant, PlayerLabel, CookieNotice, ConsentNotice,
		CommentPolicy, CommentsHeading, Newsletter, ShareBar, Copyright, PhotoCredit, FigureCaption,
		AffiliateNote, RelatedHeading, RelatedLink, TaxonomyLabel, PostMeta, SiteLabel,
	}
}

// TitleRepeat drops a block that only repeats the article's title, such as
// the page's own headline or an image caption, since the title is written
// once above the body.
var TitleRepeat = BlockRule{
	Name: "title-repeat",
	Drop: func(b article.Block, ctx Context) bool {
		if ctx.Title == "" || (b.Kind != article.Heading && b.Kind != article.Paragraph) {
			return false
		}
		return lang.Fold(b.Plain) == ctx.foldedTitle()
	},
}
