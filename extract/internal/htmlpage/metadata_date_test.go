package htmlpage

import (
	"testing"
	"time"

	"github.com/pare-dev/pare/article"
)

func TestPickDate(t *testing.T) {
	tests := []struct {
		name  string
		dates map[string]string
		want  string
		from  string
	}{
		{"one source", map[string]string{"ld": "2020-01-03T09:48:24Z"}, "2020-01-03T09:48:24Z", "ld"},
		{"later metadata day wins", map[string]string{"ld": "2020-01-03", "date": "2020-01-06"}, "2020-01-06", "date"},
		{"earlier metadata day loses", map[string]string{"ld": "2020-01-06", "article:published_time": "2020-01-03"}, "2020-01-06", "ld"},
		{"same day keeps the trusted source", map[string]string{"ld": "2020-01-06T08:00:00+01:00", "date": "2020-01-06"}, "2020-01-06T08:00:00+01:00", "ld"},
		{"time element only fills a gap", map[string]string{"ld": "2020-01-03", "time-any": "2023-05-01"}, "2020-01-03", "ld"},
		{"time element alone", map[string]string{"time-any": "2023-05-01"}, "2023-05-01", "time-any"},
		{"later date that is the modified date loses", map[string]string{"ld": "2020-01-19T12:25:36Z", "sailthru.date": "2020-01-20T09:49:32Z", modifiedKey + "article:modified_time": "2020-01-20T09:49:32Z"}, "2020-01-19T12:25:36Z", "ld"},
		{"unreadable skipped", map[string]string{"ld": "yesterday", "date": "2021-02-03"}, "2021-02-03", "date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, from := pickDate(tt.dates)
			if d.String() != tt.want || from != tt.from {
				t.Errorf("pickDate = %q from %q, want %q from %q", d.String(), from, tt.want, tt.from)
			}
		})
	}
}

// Helpers for the date tests: a day, a local time and an instant.
func dayOf(t *testing.T, s string) article.Date {
	t.Helper()
	tm, err := time.Parse("2006-01-02", s)
	if err != nil {
		t.Fatal(err)
	}
	return article.Date{Time: tm, Precision: article.Day}
}

func localOf(t *testing.T, s string) article.Date {
	t.Helper()
	tm, err := time.Parse("2006-01-02T15:04", s)
	if err != nil {
		t.Fatal(err)
	}
	return article.Date{Time: tm, Precision: article.Local}
}

func instantOf(t *testing.T, s string) article.Date {
	t.Helper()
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return article.Date{Time: tm, Precision: article.Instant}
}
