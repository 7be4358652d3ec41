package extract

import (
	"strings"
	"time"
)

// dateEvidence is what a page says about when it was published, source by
// source, before one date is chosen.
type dateEvidence struct {
	meta     Date        // the metadata's publication date (pickDate); zero if none
	weak     bool        // meta comes only from a <time> element somewhere on the page
	modified []Date      // the dates the metadata gives as modified
	shown    []shownDate // dates written near the headline, in page order
	url      Date        // the day in the page's URL path
	others   []Date      // the page's other machine-readable publication dates
}

// shownDate is a date written for readers near the headline.
type shownDate struct {
	date   Date
	update bool // labelled as the date of an update ("Aktualisiert", "Updated")
}

// readShown reads the dates of the texts near the headline: a <time>
// element's datetime, else the text with parseTextDate ("19. Oktober 2019",
// "May 8, 2024, 9:25pm"). A datetime and a text of different days give the
// text's: what readers see. Texts that give the time of the visit
// ("Aktuelle Zeit: …") are no evidence at all.
func readShown(texts []dateText) []shownDate {
	var out []shownDate
	for _, t := range texts {
		if len(out) == maxDateTexts {
			break
		}
		label := t.before + " " + t.text
		if mentionsNow(label) {
			continue
		}
		d, ok := parseISODate(t.datetime)
		if v, vok := parseTextDate(t.text); vok && (!ok || !sameDay(d, v)) {
			d, ok = v, true
		}
		if !ok {
			continue
		}
		if d, ok = plausible(d); ok {
			out = append(out, shownDate{date: d, update: mentionsUpdate(label)})
		}
	}
	return out
}

// nowLabels introduce the time of the visit, which forums and portals show
// in their header.
var nowLabels = []string{"aktuelle zeit", "current time", "it is currently", "es ist jetzt", "heute ist", "today is",
	"hora actual", "heure actuelle"}

// mentionsNow reports whether a text gives the time of the visit rather
// than of the article.
func mentionsNow(s string) bool {
	l := strings.ToLower(s)
	for _, w := range nowLabels {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// chooseDate decides the publication date from the evidence. The site's
// host and language give its likely time zone for UTC instants.
//
// The metadata's date stands when nothing shown contradicts it. The page's
// visible date, where it shows the same moment in another zone, tells the
// metadata's instant in the site's own time. Readers take a page's date
// from what it shows, so a visible date that differs from the metadata's
// day wins over it, unless it is labelled as an update or the metadata is
// confirmed elsewhere on the page. Without metadata, the visible date, then
// the URL's day, give the date.
func chooseDate(ev dateEvidence, host, lang string) Date {
	var shown []Date
	for _, s := range ev.shown {
		if !s.update {
			shown = append(shown, s.date)
		}
	}
	d := ev.meta
	if d.IsZero() || ev.weak {
		if len(shown) > 0 {
			if !sameDay(shown[0], d) || shown[0].Precision > d.Precision {
				d = shown[0]
			}
			return d
		}
		if !ev.url.IsZero() && !sameDay(ev.url, d) {
			return ev.url
		}
		return localize(d, host, lang)
	}
	d = zoneFromShown(d, append(shown, ev.others...))
	d = localizeUnlessShown(d, host, lang, append(shown, ev.url))
	for _, s := range shown {
		if sameDay(s, d) {
			return d
		}
	}
	if len(shown) > 0 && distinctDays(shown) <= maxShownDays && !sameDay(ev.url, d) {
		return shown[0]
	}
	return d
}

// maxShownDays is the most different days the dates near the headline may
// give for the first of them to overrule the metadata: more are a list of
// other articles.
const maxShownDays = 2

// distinctDays counts the different days of dates.
func distinctDays(dates []Date) int {
	seen := map[string]bool{}
	for _, d := range dates {
		seen[d.Time.Format("2006-01-02")] = true
	}
	return len(seen)
}

// zoneFromShown gives a UTC instant the offset of its site when another
// date of the page is the same moment in local time: "2020-02-25T02:25Z"
// shown as "February 24, 2020 9:25pm" is 21:25 at -05:00, and so it is when
// a <time> element gives the instant with its offset.
func zoneFromShown(d Date, shown []Date) Date {
	if d.Precision != Instant {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	utc := d.Time.Truncate(time.Minute)
	for _, s := range shown {
		if _, off := s.Time.Zone(); s.Precision == Instant && off != 0 && s.Time.Truncate(time.Minute).Equal(utc) {
			return Date{Time: d.Time.In(s.Time.Location()), Precision: Instant}
		}
		if s.Precision != Local {
			continue
		}
		wall := time.Date(s.Time.Year(), s.Time.Month(), s.Time.Day(), s.Time.Hour(), s.Time.Minute(), 0, 0, time.UTC)
		diff := wall.Sub(utc)
		if diff == 0 || diff < -12*time.Hour || diff > 14*time.Hour || diff%(15*time.Minute) != 0 {
			continue
		}
		return Date{Time: d.Time.In(time.FixedZone("", int(diff/time.Second))), Precision: Instant}
	}
	return d
}

// localizeUnlessShown localizes a UTC instant into the site's likely zone,
// unless a date the page shows (or its URL) keeps the day in UTC while the
// zone would move it: the site then publishes in UTC.
func localizeUnlessShown(d Date, host, lang string, shown []Date) Date {
	l := localize(d, host, lang)
	if sameDay(l, d) {
		return l
	}
	for _, s := range shown {
		if sameDay(s, l) {
			return l
		}
	}
	for _, s := range shown {
		if sameDay(s, d) {
			return d
		}
	}
	return l
}
