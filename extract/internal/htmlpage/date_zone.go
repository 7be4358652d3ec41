package htmlpage

import (
	"time"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
)

// zoneFromShown gives a UTC instant the offset of its site when another
// date of the page is the same moment in local time: "2020-02-25T02:25Z"
// shown as "February 24, 2020 9:25pm" is 21:25 at -05:00, and so it is when
// a <time> element gives the instant with its offset.
func zoneFromShown(d article.Date, shown []article.Date) article.Date {
	if d.Precision != article.Instant {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	utc := d.Time.Truncate(time.Minute)
	for _, s := range shown {
		if _, off := s.Time.Zone(); s.Precision == article.Instant && off != 0 && s.Time.Truncate(time.Minute).Equal(utc) {
			return article.Date{Time: d.Time.In(s.Time.Location()), Precision: article.Instant}
		}
		if s.Precision != article.Local {
			continue
		}
		wall := time.Date(s.Time.Year(), s.Time.Month(), s.Time.Day(), s.Time.Hour(), s.Time.Minute(), 0, 0, time.UTC)
		diff := wall.Sub(utc)
		if diff == 0 || diff < -12*time.Hour || diff > 14*time.Hour || diff%(15*time.Minute) != 0 {
			continue
		}
		return article.Date{Time: d.Time.In(time.FixedZone("", int(diff/time.Second))), Precision: article.Instant}
	}
	return d
}

// localizeUnlessShown localizes a UTC instant into the site's likely zone,
// unless a date the page shows (or its URL) keeps the day in UTC while the
// zone would move it: the site then publishes in UTC.
func localizeUnlessShown(d article.Date, host, lang string, shown []article.Date) article.Date {
	l := dates.Localize(d, host, lang)
	if dates.SameDay(l, d) {
		return l
	}
	for _, s := range shown {
		if dates.SameDay(s, l) {
			return l
		}
	}
	for _, s := range shown {
		if dates.SameDay(s, d) {
			return d
		}
	}
	return l
}
