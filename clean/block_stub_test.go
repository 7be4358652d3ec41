package clean

import "testing"

func TestTrailingStub(t *testing.T) {
	article := []Block{heading(2, "Contents"), para(running, 0), para("Most read", 0), heading(3, "About the author"), para("Jana Doe", 0)}
	runBlockCases(t, TrailingStub, []blockCase{
		{"widget title after the text", article, 2, true},
		{"heading after the text", article, 3, true},
		{"name at the end", article, 4, true},
		{"heading before the text", article, 0, false},
		{"the text itself", article, 1, false},
		{"sentence at the end", []Block{para(running, 0), para("Thanks for reading.", 0)}, 1, false},
		{"short line before more text", []Block{para("Ingredients", 0), para(running, 0)}, 0, false},
		{"CJK sentence end", []Block{para(running, 0), para("能过关。", 0)}, 1, false},
		{"heading over a short paragraph", []Block{para(running, 0), heading(2, "Disabling"), para("Set attempts to 1.", 0)}, 1, false},
	})
}
