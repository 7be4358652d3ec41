package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/clean"
)

// TestNoComments checks Options.NoComments on both paths: readers'
// comments under a post are kept by default and dropped with the option,
// reported under the rule "comments", and the post stays whole either way.
func TestNoComments(t *testing.T) {
	fixtures := []struct {
		name, file string
		post       []string // the post's text: its first and last paragraphs, its headings
		comments   []string // the comments' text (their heading is chrome either way)
	}{
		{
			name: "blog post with a comment list under a heading", file: "blog_comment_list.html",
			post:     []string{"When we moved into a flat", "## Pots and soil", "## Watering without worry", "what a narrow balcony can do."},
			comments: []string{"Thank you for this, I had been told", "Which drip kit do you use?", "might try one cherry tomato plant"},
		},
		{
			name: "comment heading in a wrapper of its own", file: "blog_wrapped_heading.html",
			post:     []string{"When we moved into a flat", "## Pots and soil", "what a narrow balcony can do."},
			comments: []string{"Which drip kit do you use?", "might try one cherry tomato plant"},
		},
		{
			name: "text dump with a thread of comments", file: "blog_thread.txt",
			post:     []string{"My grandmother darned every sock", "the patch you make will last as long as the jumper itself."},
			comments: []string{"I learned this from my mother", "Do you use the same colour of wool", "a bright patch can look lovely"},
		},
	}
	for _, f := range fixtures {
		b, err := os.ReadFile(filepath.Join("testdata", "comments", f.file))
		if err != nil {
			t.Fatal(err)
		}
		for _, noComments := range []bool{false, true} {
			name := f.name + "/comments kept"
			if noComments {
				name = f.name + "/no comments"
			}
			t.Run(name, func(t *testing.T) {
				doc, err := ExtractBytes(b, Options{NoComments: noComments})
				if err != nil {
					t.Fatal(err)
				}
				md := doc.Body()
				for _, s := range f.post {
					if !strings.Contains(md, s) {
						t.Errorf("the post lacks %q:\n%s", s, md)
					}
				}
				for _, s := range f.comments {
					if kept := strings.Contains(md, s); kept == noComments {
						t.Errorf("NoComments %v: comment %q kept %v, want %v\n%s", noComments, s, kept, !kept, md)
					}
				}
				reported := false
				for _, r := range doc.Removed {
					reported = reported || r.Rule == clean.CommentsRule
				}
				if reported != noComments {
					t.Errorf("NoComments %v, removals under %q: %v", noComments, clean.CommentsRule, reported)
				}
			})
		}
	}
}
