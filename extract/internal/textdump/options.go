package textdump

import (
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
)

// Options are what the text path needs of extract.Options.
type Options struct {
	NoComments bool // leave out the thread of readers' comments under the article
	Explain    bool // note the best headline candidates in Document.Candidates
}

// commentsRule names the lines of a thread of comments left out, as the
// HTML path names the comment sections it drops.
const commentsRule = clean.CommentsRule

// commentRemovals records the lines of a thread of comments left out,
// under commentsRule.
func commentRemovals(lines []textLine) []article.Removal {
	out := make([]article.Removal, 0, len(lines))
	for _, l := range lines {
		out = append(out, article.Removal{Rule: commentsRule, Text: l.text})
	}
	return out
}
