package clean

import "testing"

func TestDateLine(t *testing.T) {
	runBlockCases(t, DateLine, []blockCase{
		{"german date", []Block{para("23.10.2018", 0)}, 0, true},
		{"time", []Block{para("20:37", 0)}, 0, true},
		{"date and time", []Block{para("2019-10-19 | 14:05", 0)}, 0, true},
		{"date in words", []Block{para("19. Oktober 2019", 0)}, 0, false},
		{"short number", []Block{para("42", 0)}, 0, false},
		{"sentence", []Block{para(running, 0)}, 0, false},
	})
}
