package textdump

import (
	"github.com/pare-dev/pare/internal/lang"
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
)

// commentReach is how far under the article the heading of its comment
// section may stand: a share bar, tags and a box of related links often
// come between.
const commentReach = 30

// commentGap is how much chrome (weighed by line values) may stand between
// two comments of a thread: a reader's name, the date and a "Reply" link
// cost less; a comment form or a page's footer costs more, and ends the
// thread.
const commentGap = 120

// commentThread finds the readers' comments under an article that ends at
// line end: a comment section's heading ("12 Comments", "Responses to …")
// within reach, with one paragraph at most between it and the article (a
// last line that the region left out, a note under the post), and
// under it the longest stretch of comments that their text outweighs the
// chrome between them. It returns the heading's line and the thread's end,
// or -1, -1 when there is no thread. The article is found first, without
// its comments, so a thread never stands for the post it follows.
func commentThread(lines []textLine, end int) (int, int) {
	h, text := -1, 0
	for i := end; i < len(lines) && i < end+commentReach; i++ {
		if lines[i].strong {
			text++
		}
		if text > 1 {
			return -1, -1 // other text (teasers, a box) comes first
		}
		if lines[i].rule == clean.CommentsHeading.Name || countsComments(lines[i]) {
			h = i
			break
		}
	}
	if h < 0 {
		return -1, -1
	}
	sum, best, threadEnd, said := 0.0, 0.0, -1, 0
	for i := h + 1; i < len(lines) && sum > best-commentGap; i++ {
		sum += commentValue(lines[i])
		if sum > best {
			best, threadEnd = sum, i+1
		}
	}
	heads := 0
	for i := h + 1; i < threadEnd; i++ {
		if lines[i].strong {
			said++
		}
		if commentMeta(lines[i]) {
			heads++
		}
	}
	// Two comments at least, each under its author's name or its date.
	if said < 2 || heads < 2 || best < minThread {
		return -1, -1
	}
	return h, threadEnd
}

// minThread is the least weight of text a thread of comments must hold.
const minThread = 150

// commentValue is what a line counts for a thread of comments: running
// text by its length, as in an article, a short comment ("Congratulations,
// and all the best!") by a fifth of it, and a comment's heading line (its
// author and date: "Anna says:", "May 3, 2012 at 9:42 pm") little against.
func commentValue(l textLine) float64 {
	switch {
	case l.rule == clean.CommentsHeading.Name:
		return -10 // "Leave a reply" under one comment, "Add a comment" between
	case l.rule == clean.ImageLabel.Name || l.shown >= 3 && !l.strong && l.words <= 4:
		return -2 // a reader's picture, a "Reply" link under each comment
	case l.rule != "" || l.strong:
		return l.value
	case commentMeta(l):
		return -2
	case l.prose:
		return 0.2*float64(l.runes) - 5 // a short comment: "Welcome back, and get well soon!"
	}
	return l.value
}

// commentMeta reports whether a short line heads a comment: a date, perhaps
// with a time and the author's name ("Anna on May 3, 2012 at 9:42 pm"), or
// a name that says or writes what follows ("Anna says:", "Tom wrote:").
func commentMeta(l textLine) bool {
	if l.runes > 80 {
		return false
	}
	if l.date || l.dates {
		return true
	}
	t := lang.ToLower(strings.TrimSuffix(l.text, ":"))
	for _, w := range []string{" says", " said", " wrote", " schreibt", " sagt", " dit", " a écrit", " dice", " escribió"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	_, ok := lineDate(l.text)
	return ok && l.words <= 12
}

// threadBlocks turns the lines of a thread of comments into blocks. A text
// browser sets the thread in as a list; its comments are paragraphs.
func threadBlocks(thread []textLine) ([]article.Block, []article.Removal) {
	lines := make([]textLine, len(thread))
	copy(lines, thread)
	for i := range lines {
		lines[i].bullet, lines[i].indent, lines[i].ordered = false, false, false
	}
	blocks, removed, _ := textBlocks(lines, 0, 0, len(lines), -1, -1)
	return blocks, removed
}

// notThread reports whether the text under a comment heading at line h
// (a count of comments set in a byline, a link to them) is the article's
// rather than a thread: it outweighs twice the article's text above the
// heading (mass), and few of its paragraphs stand under a reader's name or
// a date, as comments do.
// notThreadReach is how soon the text under a comment heading must go
// on for it to be the article's.
const notThreadReach = 10

func notThread(lines []textLine, h int, mass float64, end int) bool {
	first := h + 1
	for first < end && !lines[first].strong {
		first++
	}
	if first > h+notThreadReach {
		return false // a comment form, then other text
	}
	after, said, heads := 0.0, 0, 0
	for i := h + 1; i < end; i++ {
		l := lines[i]
		if l.value > 0 {
			after += l.value
		}
		if l.strong {
			said++
		}
		if commentMeta(l) {
			heads++
		}
	}
	return after >= 2*mass && heads*3 < said
}

// countsComments reports whether a short line gives the number of comments
// under a post, as the head of their thread: "{ 43 comments… read them
// below or add one }", "12 Kommentare zu diesem Artikel".
func countsComments(l textLine) bool {
	if l.runes > 80 || l.strong || !dates.HasDigit(l.text) {
		return false
	}
	f := lang.ToLower(l.text)
	for _, w := range []string{"comment", "response", "repl", "kommentar", "antwort", "commentaire", "réponse", "comentario", "respuesta", "commenti", "komentarz", "reactie"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// threadRules are the block rules run over a thread of comments: all but
// the date line's, since each comment opens with its own.
var threadRules = func() []clean.BlockRule {
	var rules []clean.BlockRule
	for _, r := range clean.DefaultBlockRules() {
		if r.Name != clean.DateLine.Name {
			rules = append(rules, r)
		}
	}
	return rules
}()
