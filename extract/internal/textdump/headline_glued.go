package textdump

import (
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// gluedDates reports whether a line opens with two dates run together, as
// a text browser shows a post's date of publication and of its last update
// with no space between them: "3. März 20215. März 2021 Anna Muster",
// "Posted on 12. Mai 201912. Mai 2019 by sam". Such a line is the post's
// dateline whatever follows the dates (an author, tags).
func gluedDates(s string) bool {
	return gluedDatesYear(s, dates.YearRun(s))
}

// gluedDatesYear is gluedDates of s whose first run of four digits or more
// starts at y (dates.YearRun(s)), or that holds none (y < 0): the first
// run of five starts at y or after it.
func gluedDatesYear(s string, y int) bool {
	if y < 0 || !digitRun(s[y:], 5) {
		return false // no year glued to a day
	}
	_, a, e, ok := dates.FindTextDate(s)
	if !ok || a > 30 {
		return false
	}
	toks := dates.DateTokens(s[a:e])
	for _, t := range toks {
		if t.Kind == dates.TokNum && (len(t.Text) == 5 || len(t.Text) == 6) {
			if _, ok := dates.YearOf(&t); ok {
				return true
			}
		}
	}
	return false
}

// datedLine reports whether a line dates the headline above or below it:
// a date line, a byline, a date followed by a byline ("12/03/2021 von
// Anna Muster", datedByline) or a post's dates run together.
func datedLine(l textLine) bool {
	return l.date || l.dates || bylineLike(l.text)
}

// digitRun reports whether s holds n digits in a row.
func digitRun(s string, n int) bool {
	for {
		i := lang.IndexDigit(s)
		if i < 0 {
			return false
		}
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i >= n {
			return true
		}
		s = s[j:]
	}
}
