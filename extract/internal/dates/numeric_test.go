package dates

import (
	"testing"
	"time"

	"github.com/pare-dev/pare/article"
)

func TestParseISODate(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"instant with offset", "2019-10-19T19:08:22+02:00", "2019-10-19T19:08:22+02:00"},
		{"instant in UTC", "2021-03-08T11:15:28Z", "2021-03-08T11:15:28Z"},
		{"local time", "2022-05-10T23:35:55", "2022-05-10T23:35:55"},
		{"day only", "2020-02-12", "2020-02-12"},
		{"day with trailing text", "2020-02-12 (updated)", "2020-02-12"},
		{"before the web", "1970-01-01", ""},
		{"not a date", "yesterday", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := ParseISODate(tt.in)
			if got := d.String(); got != tt.want {
				t.Errorf("parseISODate(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDateFromURL(t *testing.T) {
	tests := []struct {
		name string
		url  string
		want string
	}{
		{"slashes", "https://news.example/2019/10/19/bridge-opens/", "2019-10-19"},
		{"dashes", "https://blog.example/2020-02-24-a-post", "2020-02-24"},
		{"single digit month", "https://x.example/2016/7/9/post", "2016-07-09"},
		{"year and month only", "https://x.example/2020/01/management-of-forests", ""},
		{"impossible day", "https://x.example/2021/02/30/post", ""},
		{"number in slug", "https://x.example/articles/12345-6789", ""},
		{"a segment that is a day, day first", "https://club.example/news/meldungen/14-03-2022", "2022-03-14"},
		{"a dotted day with an extension", "https://club.example/presse/14.03.2022.html", "2022-03-14"},
		{"a day first inside a slug", "https://club.example/news/fest-14-03-2022-im-park", ""},
		{"an impossible day first", "https://club.example/news/31-02-2022", ""},
		{"a number like a day", "https://club.example/id/12-345-6789", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _ := DateFromURL(tt.url)
			if got := d.String(); got != tt.want {
				t.Errorf("dateFromURL(%q) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}

func TestLocalize(t *testing.T) {
	utc := func(s string) article.Date {
		tm, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return article.Date{Time: tm, Precision: article.Instant}
	}
	tests := []struct {
		name       string
		d          article.Date
		host, lang string
		want       string
	}{
		{"late UTC is next day in Berlin", utc("2022-11-06T23:00:00Z"), "www.example.de", "de", "2022-11-07T00:00:00+01:00"},
		{"language decides without country domain", utc("2021-11-04T23:00:00Z"), "www.example.org", "de-DE", "2021-11-05T00:00:00+01:00"},
		{"early UTC is previous day in La Paz", utc("2022-05-04T02:41:00Z"), "example.com.bo", "es", "2022-05-03T22:41:00-04:00"},
		{"offset already given", utc("2022-05-04T02:41:00+02:00"), "example.de", "de", "2022-05-04T02:41:00+02:00"},
		{"unknown zone left in UTC", utc("2022-05-04T02:41:00Z"), "example.com", "en", "2022-05-04T02:41:00Z"},
		{"day precision untouched", article.Date{Time: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC), Precision: article.Day}, "example.de", "de", "2020-01-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Localize(tt.d, tt.host, tt.lang).String(); got != tt.want {
				t.Errorf("localize = %q, want %q", got, tt.want)
			}
		})
	}
}
