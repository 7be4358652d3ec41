package extract

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDateTexts(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"meta line under headline", `<nav><span class="date">Today</span></nav><article><h1>Pier</h1><div class="article-meta">By Jane | 05.09.2023, 17:12</div><p>Text.</p></article>`,
			[]string{"By Jane | 05.09.2023, 17:12"}},
		{"time element text", `<h1>Pier</h1><p>Posted <time datetime="2024-05-08">8 May 2024</time></p>`, []string{"8 May 2024"}},
		{"sidebar date before headline ignored", `<div><div><span class="date">1 Jan 2020</span></div></div><div><div><h1>Pier</h1><span class="date">2 Feb 2021</span></div></div>`,
			[]string{"2 Feb 2021"}},
		{"long paragraph ignored", `<h1>Pier</h1><p class="meta">` + strings.Repeat("word ", 40) + `</p>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := dateTexts(root); !slices.Equal(got, tt.want) {
				t.Errorf("dateTexts = %q, want %q", got, tt.want)
			}
		})
	}
}
