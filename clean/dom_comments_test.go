package clean

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropComments(t *testing.T) {
	post := `<h1>Rebuilding the pier</h1><p>The council voted on Thursday to rebuild the old ferry pier.</p><h2>What it costs</h2><p>The work will cost four million over two years.</p>`
	thread := `<ol class="replies-list"><li><p>Anna: About time, the old pier was a danger.</p></li><li><p>Ben: Four million is a lot for a pier.</p></li></ol>`
	tests := []struct {
		name     string
		src      string // the body
		keep     []string
		drop     []string
		removals int // the Removals returned
	}{
		{
			name: "comment list by class",
			src:  `<article>` + post + `<div class="comment-list">` + thread + `</div></article>`,
			keep: []string{"rebuild the old ferry pier", "What it costs", "two years"},
			drop: []string{"About time", "a lot for a pier"}, removals: 1,
		},
		{
			name: "comments area by id, form by respond",
			src:  `<article>` + post + `<section id="comments">` + thread + `</section><div id="respond"><form><textarea></textarea></form><p>Your reply</p></div></article>`,
			keep: []string{"rebuild the old ferry pier", "two years"},
			drop: []string{"About time", "Your reply"}, removals: 2,
		},
		{
			name: "count heading cuts to the end of its container",
			src:  `<article>` + post + `<h3>2 Comments</h3>` + thread + `<p>Be the first to know.</p></article><p>Outside the article.</p>`,
			keep: []string{"rebuild the old ferry pier", "two years", "Outside the article"},
			drop: []string{"2 Comments", "About time", "first to know"}, removals: 3,
		},
		{
			name: "responses heading that names the post",
			src:  `<article>` + post + `<h2>2 Responses to “Rebuilding the pier”</h2>` + thread + `</article>`,
			keep: []string{"Rebuilding the pier", "two years"},
			drop: []string{"Responses", "About time"}, removals: 2,
		},
		{
			name: "heading alone in a wrapper",
			src:  `<article>` + post + `<div class="head"><h3>Leave a Reply</h3></div><form><label>Name</label></form></article>`,
			keep: []string{"two years"},
			drop: []string{"Leave a Reply", "Name"}, removals: 2,
		},
		{
			name: "a class that only relates to comments",
			src:  `<article class="post has-comments">` + post + `<p class="comments-count">2 replies so far</p></article>`,
			keep: []string{"rebuild the old ferry pier", "two years", "2 replies so far"},
		},
		{
			name: "one comment's class alone names no section",
			src:  `<article>` + post + `<div class="live-comment"><p>Goal in the last minute.</p></div></article>`,
			keep: []string{"two years", "Goal in the last minute"},
		},
		{
			name: "a live ticker's commentary",
			src:  `<article>` + post + `<div class="live-match-comments"><p>90' The referee ends the match.</p></div></article>`,
			keep: []string{"two years", "The referee ends the match"},
		},
		{
			name: "a wrapper named comments that holds the headline",
			src:  `<div id="comments-wrapper">` + post + `</div>`,
			keep: []string{"Rebuilding the pier", "two years"},
		},
		{
			name: "the post's wrapper with a topic class of comments",
			src:  `<section id="content" class="post hentry topic-reader-comments"><h2>Rebuilding the pier</h2><p>The council voted on Thursday.</p></section>`,
			keep: []string{"Rebuilding the pier", "council voted"},
		},
		{
			name: "a section heading of the post",
			src:  `<article>` + post + `<h2>Comments from the council</h2><p>The mayor said the pier would open in spring.</p></article>`,
			keep: []string{"Comments from the council", "open in spring"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.src + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			removed := DropComments(root)
			text := nodeText(root, 10000)
			for _, s := range tt.keep {
				if !strings.Contains(text, s) {
					t.Errorf("%q dropped: %s", s, text)
				}
			}
			for _, s := range tt.drop {
				if strings.Contains(text, s) {
					t.Errorf("%q kept: %s", s, text)
				}
			}
			if len(removed) != tt.removals {
				t.Errorf("%d removals, want %d: %v", len(removed), tt.removals, removed)
			}
			for _, r := range removed {
				if r.Rule != CommentsRule || r.Text == "" {
					t.Errorf("removal %+v", r)
				}
			}
		})
	}
}
