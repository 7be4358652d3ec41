package clean

import (
	"strings"
	"unicode"
)

// DefaultBlockRules are the rules run over the blocks of every article, in
// order.
var DefaultBlockRules = append([]BlockRule{
	TitleRepeat,
	DateLine,
	LinkParagraph,
	LabelledLink,
	LinkList,
	EmptySection,
	TrailingStub,
	TrailingPrompt,
}, TextBlockRules(HTMLTextRules, 400)...)

// HTMLTextRules are the text rules that also judge HTML blocks: those whose
// words mark chrome in any markup. Teaser and SupportPrompt are left out:
// in a dump they catch lines outside the article, while in an HTML article
// the same words open ordinary paragraphs.
var HTMLTextRules = []TextRule{
	IconRun, ImageLabel, FormRemnant, PlayerLabel, CookieNotice, ConsentNotice,
	CommentPolicy, CommentsHeading, Newsletter, ShareBar, Copyright, PhotoCredit, FigureCaption,
	AffiliateNote, RelatedHeading, RelatedLink, TaxonomyLabel, PostMeta, SiteLabel,
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
	return strings.Trim(strings.ToLower(Collapse(s)), " \"'“”„‘’«».:!?")
}

// Collapse folds each run of white space in s into one space and trims
// both ends, in one pass; s itself is returned when it needs no change.
func Collapse(s string) string {
	clean := true
	space := true // at the start, a space would be leading
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (space || r != ' ') {
			clean = false
			break
		}
		space = isSpace
	}
	if clean && !space {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = sb.Len() > 0
			continue
		}
		if pending {
			sb.WriteByte(' ')
			pending = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
