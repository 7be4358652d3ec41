package extract

import (
	"regexp"
	"strings"
	"time"
)

// isoLayouts are the machine-readable date forms found in metadata, with the
// precision each one gives.
var isoLayouts = []struct {
	layout string
	prec   Precision
}{
	{time.RFC3339Nano, Instant},
	{"2006-01-02T15:04:05Z0700", Instant},
	{"2006-01-02T15:04:05.999999999Z0700", Instant},
	{"2006-01-02T15:04Z07:00", Instant},
	{"2006-01-02T15:04Z0700", Instant},
	{"2006-01-02 15:04:05Z07:00", Instant},
	{"2006-01-02 15:04:05 Z07:00", Instant},
	{"2006-01-02 15:04:05 -0700", Instant},
	{"2006-01-02 15:04:05 -0700 MST", Instant},
	{time.RFC1123Z, Instant},
	{time.RFC1123, Instant},
	{"Mon, 2 Jan 2006 15:04:05 -0700", Instant},
	{"2006-01-02T15:04:05.999999999", Local},
	{"2006-01-02T15:04:05", Local},
	{"2006-01-02T15:04", Local},
	{"2006-01-02 15:04:05", Local},
	{"2006-01-02 15:04", Local},
	{"2006-01-02", Day},
	{"20060102", Day},
	{"2006/01/02", Day},
	{"2006.01.02", Day},
}

// parseISODate reads a machine-readable date such as those in meta tags,
// JSON-LD and <time datetime>.
func parseISODate(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return plausible(Date{Time: t, Precision: l.prec})
		}
	}
	// A date followed by something we do not read: keep the day.
	if m := isoDayPrefix.FindString(s); m != "" {
		if t, err := time.Parse("2006-01-02", m); err == nil {
			return plausible(Date{Time: t, Precision: Day})
		}
	}
	return Date{}, false
}

var isoDayPrefix = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// plausible rejects dates before the web or far in the future.
func plausible(d Date) (Date, bool) {
	y := d.Time.Year()
	if y < 1993 || y > time.Now().Year()+1 {
		return Date{}, false
	}
	return d, true
}
