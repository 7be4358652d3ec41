package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestScriptDate(t *testing.T) {
	tests := []struct{ name, head, want string }{
		{"a shop's product", `<script>var meta = {"product":{"id":1,"published_at":"2019-03-02T06:22:28+01:00","vendor":"Muster"}};</script>`, "2019-03-02"},
		{"a review's dates in a JSON script", `<script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-05T10:00:00Z"}</script>`, "2016-11-04"},
		{"escaped inside a string", `<script>window.__DATA__ = "{\"publicationDate\":\"2022-01-31T14:27:32+01:00\"}";</script>`, "2022-01-31"},
		{"the same day twice", `<script>{"datePublished":"2021-05-06"}</script><script>{"publishedAt":"2021-05-06T08:00:00Z"}</script>`, "2021-05-06"},
		{"a list of articles", `<script>{"items":[{"publishedAt":"2021-05-06"},{"publishedAt":"2021-05-03"}]}</script>`, ""},
		{"JSON-LD is read elsewhere", `<script type="application/ld+json">{"@type":"Thing","datePublished":"2021-05-06"}</script>`, ""},
		{"not a date", `<script>{"publishedAt":"yesterday"}</script>`, ""},
		{"no key", `<script>var d = "2021-05-06";</script>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body><p>Text.</p></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d, ok := scriptDate(root); ok {
				got = d.Time.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("scriptDate = %q, want %q", got, tt.want)
			}
		})
	}
}
