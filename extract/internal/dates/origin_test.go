package dates

import (
	"testing"
	"time"

	"github.com/pare-dev/pare/article"
)

func TestFirstIssue(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		ok          bool
		year, month int
		day         string // "" when the note gives no day
	}{
		{"english note with a day", "This article was originally published on March 3, 2015 and has been updated.", true, 2015, 3, "2015-03-03"},
		{"english first before the verb", "Editor's note: this story first appeared in June 2018.", true, 2018, 6, ""},
		{"french month and year", "* Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour.", true, 2017, 4, ""},
		{"german verb after the date", "Dieser Beitrag wurde ursprünglich am 4. Mai 2019 veröffentlicht.", true, 2019, 5, "2019-05-04"},
		{"german verb first", "Der Artikel erschien zuerst im Herbst 2016 in unserer Zeitschrift.", true, 2016, 0, ""},
		{"spanish", "Este artículo fue publicado originalmente el 2 de marzo de 2020.", true, 2020, 3, "2020-03-02"},
		{"year only", "This post was originally published in 2012.", true, 2012, 0, ""},
		{"the year before the words, not the update's after them", "Hinweis: Diesen Beitrag habe ich 2016 erstmals veröffentlicht und zuletzt 2021 aktualisiert.", true, 2016, 0, ""},
		{"not the day of the sentence before", "This article was changed on Monday 29 October 2012. It was first published on the site on 26 October 2012.", true, 2012, 10, "2012-10-26"},
		{"a day before the words", "Der Text wurde am 4. Mai 2019 zuerst veröffentlicht und später ergänzt.", true, 2019, 5, "2019-05-04"},
		{"an image label does not name the text", "[old_story_cover] A novel, first published in 1998, that I keep rereading.", false, 0, 0, ""},
		{"no date: a republished piece", "This article originally appeared on Example News.", false, 0, 0, ""},
		{"no piece named: a book", "The novel, first published in 1962, sold well.", false, 0, 0, ""},
		{"first as an ordinal", "My first post, published in 2015, was about bread.", false, 0, 0, ""},
		{"words too far apart", "This article was first of all a talk, and was then published in 2015.", false, 0, 0, ""},
		{"no first word", "This article was published on 3 May 2019.", false, 0, 0, ""},
		{"a reader's comment about another post", "Where did the old posts go? The page says it was originally posted on 11 May 2008, see my blog post.", false, 0, 0, ""},
		{"empty", "", false, 0, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := FirstIssue(tt.in)
			if ok != tt.ok {
				t.Fatalf("FirstIssue(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if !ok {
				return
			}
			day := ""
			if !p.Day.IsZero() {
				day = p.Day.Time.Format("2006-01-02")
			}
			if p.Year != tt.year || p.Month != tt.month || day != tt.day {
				t.Errorf("FirstIssue(%q) = %d-%d day %q, want %d-%d day %q", tt.in, p.Year, p.Month, day, tt.year, tt.month, tt.day)
			}
		})
	}
}

func TestIssueHolds(t *testing.T) {
	day := func(y, m, d int) article.Date {
		return article.Date{Time: time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), Precision: article.Day}
	}
	tests := []struct {
		name string
		p    Issue
		d    article.Date
		want bool
	}{
		{"day in the month", Issue{Year: 2017, Month: 4}, day(2017, 4, 12), true},
		{"other month", Issue{Year: 2017, Month: 4}, day(2020, 2, 19), false},
		{"day in the year", Issue{Year: 2012}, day(2012, 11, 2), true},
		{"other year", Issue{Year: 2012}, day(2013, 1, 2), false},
		{"the day itself", Issue{Year: 2015, Month: 3, Day: day(2015, 3, 3)}, day(2015, 3, 3), true},
		{"another day of the month", Issue{Year: 2015, Month: 3, Day: day(2015, 3, 3)}, day(2015, 3, 4), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.Holds(tt.d); got != tt.want {
				t.Errorf("Holds(%v) = %v, want %v", tt.d, got, tt.want)
			}
		})
	}
}
