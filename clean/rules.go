package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

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

// foldKept returns how many characters of s lang.Fold keeps whatever
// their place, those neither white space nor among the quotes and
// punctuation it trims from the ends, counting up to limit at most (all
// of them when limit is negative): a paragraph need not be read past the
// length of a title.
func foldKept(s string, limit int) int {
	n := 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			if foldDropsASCII[r] {
				continue
			}
		} else if unicode.IsSpace(r) || strings.ContainsRune(foldTrimmed, r) {
			continue
		}
		if n++; n == limit {
			return n
		}
	}
	return n
}

// foldTrimmed are the characters lang.Fold trims from the ends of a text.
const foldTrimmed = " \"'“”„‘’«».:!?"

// foldDropsASCII holds the ASCII characters that lang.Fold may drop: white
// space and those of foldTrimmed.
var foldDropsASCII = func() (t [utf8.RuneSelf]bool) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		t[c] = unicode.IsSpace(c) || strings.ContainsRune(foldTrimmed, c)
	}
	return t
}()

// TitleRepeat drops a block that only repeats the article's title, such as
// the page's own headline or an image caption, since the title is written
// once above the body.
var TitleRepeat = BlockRule{
	Name: "title-repeat",
	Drop: func(b article.Block, ctx Context) bool {
		if ctx.Title == "" || (b.Kind != article.Heading && b.Kind != article.Paragraph) {
			return false
		}
		// Folding keeps the characters that are neither white space
		// nor trimmed quotes and punctuation: a block with more or fewer
		// of them than the title is not folded.
		t, n := ctx.foldedTitle()
		return foldKept(b.Plain, n+1) == n && lang.Fold(b.Plain) == t
	},
}
