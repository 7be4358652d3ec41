package textdump

import (
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
)

// firstIssue looks in the article, and in the few lines under it, for a
// note that says when the text was first published ("Cet article,
// initialement publié en avril 2017, a fait l'objet d'une mise à jour").
func firstIssue(lines []textLine, start, end int) (dates.Issue, bool) {
	for i := start; i < min(len(lines), end+10); i++ {
		if lines[i].runes > 300 {
			continue // a paragraph telling a story, not a note
		}
		if p, ok := dates.FirstIssue(lines[i].text); ok {
			return p, true
		}
	}
	return dates.Issue{}, false
}

// firstIssueDate is the article's date once a note of its first
// publication is read: the note's day when it gives one; else the date
// found, when it falls in the note's month or year; else none, for the
// date found is the update's and the first day is not known.
func firstIssueDate(d article.Date, p dates.Issue) article.Date {
	switch {
	case !p.Day.IsZero() && !dates.SameDay(p.Day, d):
		return p.Day
	case d.IsZero() || p.Holds(d):
		return d
	}
	return article.Date{}
}
