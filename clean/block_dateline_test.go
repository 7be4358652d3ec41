package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestDateLine(t *testing.T) {
	runBlockCases(t, DateLine, []blockCase{
		{"german date", []article.Block{para("23.10.2018", 0)}, 0, true},
		{"time", []article.Block{para("20:37", 0)}, 0, true},
		{"date and time", []article.Block{para("2019-10-19 | 14:05", 0)}, 0, true},
		{"labelled date", []article.Block{para("Publiziert: 11.08.2021, 09:20", 0)}, 0, true},
		{"date in words", []article.Block{para("19. Oktober 2019", 0)}, 0, true},
		{"asked at", []article.Block{para("asked Mar 9, 2015 at 11:02", 0)}, 0, true},
		{"short number", []article.Block{para("42", 0)}, 0, false},
		{"sentence with a year", []article.Block{para("The bridge was built in 1932 by the city.", 0)}, 0, false},
		{"sentence", []article.Block{para(running, 0)}, 0, false},
	})
}
