package textdump

import (
	"strings"
	"testing"
)

func TestCommentThread(t *testing.T) {
	post := []string{
		"Why I Walk to Work",
		"For three years I drove the eleven miles to the office, and for three years I arrived in a bad mood that lasted until lunch.",
		"Last spring the car broke down and I walked instead, which took an hour and ten minutes and changed how I think about my mornings.",
		"Now I walk every day when it does not rain, and the hour has become the best part of the day, with time to think before anyone asks me anything.",
	}
	chrome := []string{"Share this:", "Email", "Tags: walking, commute"}
	heading := "3 Responses to “Why I Walk to Work”"
	thread := []string{
		"Maria on March 3rd, 2012 at 9:12 am",
		"I started doing this last year and I agree, the walk home is where I leave the day behind me before I see my family.",
		"Reply",
		"Tom says:",
		"March 3rd, 2012 at 10:40 am",
		"My office is too far to walk to, but I get off the bus two stops early now and it makes a real difference to how I feel.",
		"Reply",
		"Jenny on March 4th, 2012 at 8:02 pm",
		"Thank you for this post, I needed to read it today and I think I will try it next week when the weather gets better.",
		"Reply",
	}
	form := []string{"Leave a Reply", "Name (required)", "Mail (will not be published) (required)", "[Submit Comment]", "Blogroll", "Archives", "March 2012", "February 2012"}
	teasers := []string{
		"Ten Trails Near the City",
		"Our picks for a weekend walk, from an easy loop to a long climb with a view over the river valley.",
		"The Best Shoes for Walking",
		"We tried twenty pairs over the winter and these are the ones we would buy again for the daily walk.",
	}
	join := func(parts ...[]string) string {
		var all []string
		for _, p := range parts {
			all = append(all, p...)
		}
		return strings.Join(all, "\n\n")
	}
	cases := []struct {
		name    string
		dump    string
		want    []string // text the body must hold
		wantNot []string // text it must not hold
	}{
		{
			name:    "thread under the post",
			dump:    join(post, chrome, []string{heading}, thread, form),
			want:    []string{"best part of the day", "two stops early", "try it next week"},
			wantNot: []string{"Leave a Reply", "Blogroll", "Share this", heading},
		},
		{
			name:    "empty comment section over a rail of teasers",
			dump:    join(post, []string{"Comments"}, teasers, form),
			want:    []string{"best part of the day"},
			wantNot: []string{"Our picks for a weekend walk", "twenty pairs"},
		},
		{
			name:    "no comments yet",
			dump:    join(post, []string{"0 Comments"}, form),
			want:    []string{"best part of the day"},
			wantNot: []string{"Leave a Reply", "Blogroll"},
		},
		{
			name:    "a box of text between the post and the comments",
			dump:    join(post, []string{"Related Posts"}, teasers, []string{heading}, thread, form),
			want:    []string{"best part of the day"},
			wantNot: []string{"two stops early"},
		},
		{
			name:    "one comment is no thread",
			dump:    join(post, []string{heading}, thread[:3], form),
			want:    []string{"best part of the day"},
			wantNot: []string{"leave the day behind"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := FromText(c.dump)
			var body []string
			for _, b := range doc.Blocks {
				body = append(body, b.Plain)
			}
			text := strings.Join(body, "\n")
			for _, w := range c.want {
				if !strings.Contains(text, w) {
					t.Errorf("body lacks %q:\n%s", w, text)
				}
			}
			for _, w := range c.wantNot {
				if strings.Contains(text, w) {
					t.Errorf("body holds %q:\n%s", w, text)
				}
			}
			if doc.Title != post[0] {
				t.Errorf("title = %q, want %q", doc.Title, post[0])
			}
		})
	}
}
