package dates

import (
	nurl "net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata"

	"github.com/pare-dev/pare/article"
)

// isoLayouts are the machine-readable date forms found in metadata, with the
// precision each one gives.
var isoLayouts = []struct {
	layout string
	prec   article.Precision
}{
	{time.RFC3339Nano, article.Instant},
	{"2006-01-02T15:04:05Z0700", article.Instant},
	{"2006-01-02T15:04:05.999999999Z0700", article.Instant},
	{"2006-01-02T15:04Z07:00", article.Instant},
	{"2006-01-02T15:04Z0700", article.Instant},
	{"2006-01-02 15:04:05Z07:00", article.Instant},
	{"2006-01-02 15:04:05 Z07:00", article.Instant},
	{"2006-01-02 15:04:05 -0700", article.Instant},
	{"2006-01-02 15:04:05 -0700 MST", article.Instant},
	{time.RFC1123Z, article.Instant},
	{time.RFC1123, article.Instant},
	{"Mon, 2 Jan 2006 15:04:05 -0700", article.Instant},
	{"2006-01-02T15:04:05.999999999", article.Local},
	{"2006-01-02T15:04:05", article.Local},
	{"2006-01-02T15:04", article.Local},
	{"2006-01-02 15:04:05", article.Local},
	{"2006-01-02 15:04", article.Local},
	{"2006-01-02", article.Day},
	{"20060102", article.Day},
	{"2006/01/02", article.Day},
	{"2006.01.02", article.Day},
}

// ParseISODate reads a machine-readable date such as those in meta tags,
// JSON-LD and <time datetime>.
func ParseISODate(s string) (article.Date, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return article.Date{}, false
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			return Plausible(article.Date{Time: t, Precision: l.prec})
		}
	}
	// A date followed by something we do not read: keep the day.
	if m := isoDayPrefix.FindString(s); m != "" {
		if t, err := time.Parse("2006-01-02", m); err == nil {
			return Plausible(article.Date{Time: t, Precision: article.Day})
		}
	}
	return article.Date{}, false
}

var isoDayPrefix = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}`)

// Plausible rejects dates before the web or far in the future.
func Plausible(d article.Date) (article.Date, bool) {
	y := d.Time.Year()
	if y < 1993 || y > time.Now().Year()+1 {
		return article.Date{}, false
	}
	return d, true
}

// DateFromURL reads a publication day from a URL path such as
// /2019/10/19/slug or /2019-10-19-slug, or from a path segment that is a
// day written day first (/meldungen/29-10-2021, dayFirstSegment).
func DateFromURL(raw string) (article.Date, bool) {
	u, err := nurl.Parse(raw)
	if err != nil {
		return article.Date{}, false
	}
	p := u.Path
	for seg := range strings.SplitSeq(p, "/") {
		if d, ok := dayFirstSegment(seg); ok {
			return d, true
		}
	}
	for i := 0; i+10 <= len(p); i++ {
		if p[i] != '/' {
			continue
		}
		s := p[i+1:]
		if len(s) < 10 || !IsDigits(s[:4]) || (s[4] != '/' && s[4] != '-') {
			continue
		}
		sep := s[4]
		rest := s[5:]
		j := strings.IndexByte(rest, sep)
		if j < 1 || j > 2 || !IsDigits(rest[:j]) {
			continue
		}
		day := rest[j+1:]
		k := 0
		for k < len(day) && k < 3 && day[k] >= '0' && day[k] <= '9' {
			k++
		}
		if k < 1 || k > 2 || (k < len(day) && day[k] != '/' && day[k] != '-' && day[k] != '.' && day[k] != '_') {
			continue
		}
		y, _ := strconv.Atoi(s[:4])
		mo, _ := strconv.Atoi(rest[:j])
		d, _ := strconv.Atoi(day[:k])
		if mo < 1 || mo > 12 || d < 1 || d > 31 {
			continue
		}
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue
		}
		return Plausible(article.Date{Time: t, Precision: article.Day})
	}
	return article.Date{}, false
}

// dayFirstSegment reads a path segment that is nothing but a day written
// day first, with its year in full: "29-10-2021", "29.10.2021.html".
func dayFirstSegment(seg string) (article.Date, bool) {
	seg = strings.TrimSuffix(strings.TrimSuffix(seg, ".html"), ".htm")
	if len(seg) != 10 || seg[2] != seg[5] || seg[2] != '-' && seg[2] != '.' && seg[2] != '_' ||
		!IsDigits(seg[:2]) || !IsDigits(seg[3:5]) || !IsDigits(seg[6:]) {
		return article.Date{}, false
	}
	d, _ := strconv.Atoi(seg[:2])
	mo, _ := strconv.Atoi(seg[3:5])
	y, _ := strconv.Atoi(seg[6:])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if mo < 1 || mo > 12 || t.Day() != d {
		return article.Date{}, false
	}
	return Plausible(article.Date{Time: t, Precision: article.Day})
}

func IsDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// zoneByTLD and zoneByLang give the time zone a site most likely publishes
// in, from its country domain or, failing that, its language.
var (
	zoneByTLD = map[string]string{
		"de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris",
		"it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
		"pl": "Europe/Warsaw", "cz": "Europe/Prague", "se": "Europe/Stockholm", "dk": "Europe/Copenhagen",
		"no": "Europe/Oslo", "fi": "Europe/Helsinki", "uk": "Europe/London", "ie": "Europe/Dublin",
		"pt": "Europe/Lisbon", "br": "America/Sao_Paulo", "mx": "America/Mexico_City",
		"ar": "America/Argentina/Buenos_Aires", "cl": "America/Santiago", "co": "America/Bogota",
		"pe": "America/Lima", "bo": "America/La_Paz", "uy": "America/Montevideo", "ve": "America/Caracas",
		"pa": "America/Panama", "ec": "America/Guayaquil", "py": "America/Asuncion", "gt": "America/Guatemala",
		"sv": "America/El_Salvador", "hn": "America/Tegucigalpa", "cr": "America/Costa_Rica",
		"jp": "Asia/Tokyo", "cn": "Asia/Shanghai", "au": "Australia/Sydney", "in": "Asia/Kolkata",
		"ca": "America/Toronto", "aw": "America/Aruba",
	}
	zoneByLang = map[string]string{
		"de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
		"pl": "Europe/Warsaw", "cs": "Europe/Prague", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen",
		"fi": "Europe/Helsinki", "ja": "Asia/Tokyo",
	}
)

// Localize shows an instant given in UTC in the time zone the site most
// likely publishes in, so that its day is the one readers saw on the page:
// 23:00 UTC is already the next day in Berlin. Other dates are left alone.
func Localize(d article.Date, host, lang string) article.Date {
	if d.Precision != article.Instant {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	name := ""
	if i := strings.LastIndexByte(host, '.'); i >= 0 {
		name = zoneByTLD[host[i+1:]]
	}
	if name == "" {
		lang = strings.ToLower(lang)
		if i := strings.IndexAny(lang, "-_"); i >= 0 {
			lang = lang[:i]
		}
		name = zoneByLang[lang]
	}
	if name == "" {
		return d
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		return d
	}
	return article.Date{Time: d.Time.In(loc), Precision: article.Instant}
}

// SameDay reports whether two dates fall on the same calendar day as
// written.
func SameDay(a, b article.Date) bool {
	return !a.IsZero() && !b.IsZero() && a.Time.Format("2006-01-02") == b.Time.Format("2006-01-02")
}
