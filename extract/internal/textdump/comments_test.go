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
			name:    "a last paragraph under a picture, then the comments",
			dump:    join(post, []string{"[walk-photo]", "-", "So that is my advice to you, whatever the weather: leave the car at home and walk."}, chrome, []string{heading}, thread, form),
			want:    []string{"best part of the day", "two stops early", "try it next week"},
			wantNot: []string{"Leave a Reply", "Blogroll"},
		},
		{
			name:    "a count of comments heads the thread",
			dump:    join(post, chrome, []string{"Pin It", "Tweet", "[author-photo]", "Full Bio | All Posts", "Follow on Twitter", "{ 3 comments… read them below or add one }"}, thread, form),
			want:    []string{"best part of the day", "two stops early", "try it next week"},
			wantNot: []string{"Leave a Reply", "Blogroll", "read them below"},
		},
		{
			name:    "a comment's date line stays with it",
			dump:    join(post, chrome, []string{heading}, thread, []string{"Lena | 05.03.2012, 18:20", "We moved closer to town two years ago so that we could walk, and it was the best decision we made.", "Reply"}, form),
			want:    []string{"two stops early", "Lena | 05.03.2012, 18:20", "the best decision"},
			wantNot: []string{"Leave a Reply", "Blogroll"},
		},
		{
			name:    "a short comment closes the thread",
			dump:    join(post, []string{heading}, thread, []string{"Ben on March 5th, 2012 at 7:15 am", "Walking is the best medicine there is for all of us", "Reply"}, form),
			want:    []string{"best part of the day", "two stops early", "best medicine"},
			wantNot: []string{"Leave a Reply", "Blogroll"},
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
			checkBody(t, doc, c.want, c.wantNot)
			if doc.Title != post[0] {
				t.Errorf("title = %q, want %q", doc.Title, post[0])
			}
		})
	}
}

func TestCommentCountInByline(t *testing.T) {
	lead := "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found cracks in two of its piers."
	body := []string{
		"The bridge, built in 1931, carries about nine thousand cars a day, and the council expects most of them to use the ring road while the piers are repaired.",
		"Shop owners on the harbour side said they feared losing customers, and asked the council to open a shuttle bus across the river before the bridge closes.",
		"The mayor said the repairs would take at least eighteen months and cost more than twelve million, most of it paid by the region and the state.",
		"Cyclists and people on foot will still be able to cross on the bridge's east side, which the engineers found sound, for most of the works.",
		"A first public meeting on the plans is set for next month in the town hall, where the engineers will show what they found in the piers.",
		"The council also agreed to study a second bridge further up the river, which planners first proposed twenty years ago and then set aside for lack of money.",
		"Until the works begin, lorries heavier than seven tonnes are banned from the bridge, and the speed limit on it falls to thirty kilometres an hour.",
	}
	teasers := []string{
		"Harbour Festival Returns This Summer",
		"After two years the festival is back, with boats, music and food stalls along the quay for three days in July, and fireworks on the last night.",
		"New Ferry Line to the Islands",
		"The ferry will run four times a day from May, stopping at both islands, and tickets can be bought on board or online from next week.",
		"School Roof Repaired in Time",
		"The roof of the primary school was finished over the holidays, and classes can start on time in the old building after all.",
		"Library Opens on Sundays",
		"From next month the town library opens on Sunday afternoons too, a trial the council will review after a year of visitor counts.",
		"Market Moves to the Quay",
		"The weekly market leaves the square for the quay during the works on the bridge, with more room for stalls and a new car park nearby.",
	}
	form := []string{"Leave a Reply", "Write your comment here...", "Your details:", "Avatar", "Name", "Email", "Website",
		"Sign in with your account", "Or post as a guest", "Cancel", "Connecting...", "Preview", "Send"}
	cases := []struct {
		name    string
		lines   []string
		want    []string
		wantNot []string
	}{
		{
			name:  "a count of comments under the lead",
			lines: append([]string{"Harbour Bridge to Close to Cars", lead, body[0], "12 Comments", "[bridge photo] See more photos"}, body[1:]...),
			want:  []string{lead, body[0], body[1], body[6]},
		},
		{
			name:    "a comment form over a rail of teasers",
			lines:   append(append(append([]string{"Harbour Bridge to Close to Cars", lead}, body[:1]...), form...), teasers...),
			want:    []string{lead, body[0]},
			wantNot: []string{"fireworks on the last night", "classes can start", "room for stalls"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := FromText(strings.Join(c.lines, "\n\n"))
			checkBody(t, doc, c.want, c.wantNot)
		})
	}
}
