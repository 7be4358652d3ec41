package clean

import "testing"

func TestDateLine(t *testing.T) {
	runBlockCases(t, DateLine, []blockCase{
		{"german date", []Block{para("23.10.2018", 0)}, 0, true},
		{"time", []Block{para("20:37", 0)}, 0, true},
		{"date and time", []Block{para("2019-10-19 | 14:05", 0)}, 0, true},
		{"labelled date", []Block{para("Publiziert: 11.08.2021, 09:20", 0)}, 0, true},
		{"date in words", []Block{para("19. Oktober 2019", 0)}, 0, true},
		{"asked at", []Block{para("asked Mar 9, 2015 at 11:02", 0)}, 0, true},
		{"short number", []Block{para("42", 0)}, 0, false},
		{"sentence with a year", []Block{para("The bridge was built in 1932 by the city.", 0)}, 0, false},
		{"sentence", []Block{para(running, 0)}, 0, false},
	})
}
