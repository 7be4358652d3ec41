package crawl

import (
	"errors"
	"testing"
)

func TestParseLine(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		want      Line
		err       error
	}{
		{"html", `{"id":"p1","url":"https://a.example/1","html":"<p>x</p>"}`, Line{ID: []byte(`"p1"`), URL: "https://a.example/1", Body: "<p>x</p>", HTML: true}, nil},
		{"text, no id", `{"text":"A dump"}`, Line{Body: "A dump"}, nil},
		{"neither", `{"id":7}`, Line{ID: []byte(`7`)}, ErrNoPage},
		{"not JSON", `<html>`, Line{}, ErrNotRecord},
		{"id not UTF-8", "{\"id\":\"a\xffb\",\"text\":\"t\"}", Line{ID: []byte("\"a\uFFFDb\""), Body: "t"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseLine([]byte(tc.raw))
			if !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			if string(got.ID) != string(tc.want.ID) || got.URL != tc.want.URL || got.Body != tc.want.Body || got.HTML != tc.want.HTML {
				t.Errorf("got %+v (id %s), want %+v (id %s)", got, got.ID, tc.want, tc.want.ID)
			}
		})
	}
}
