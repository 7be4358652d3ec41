package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestTrailingStub(t *testing.T) {
	page := []article.Block{heading(2, "Contents"), para(running, 0), para("Most read", 0), heading(3, "About the author"), para("Jana Doe", 0)}
	runBlockCases(t, TrailingStub, []blockCase{
		{"widget title after the text", page, 2, true},
		{"heading after the text", page, 3, true},
		{"name at the end", page, 4, true},
		{"heading before the text", page, 0, false},
		{"the text itself", page, 1, false},
		{"sentence at the end", []article.Block{para(running, 0), para("Thanks for reading.", 0)}, 1, false},
		{"short line before more text", []article.Block{para("Ingredients", 0), para(running, 0)}, 0, false},
		{"CJK sentence end", []article.Block{para(running, 0), para("能过关。", 0)}, 1, false},
		{"heading over a short paragraph", []article.Block{para(running, 0), heading(2, "Disabling"), para("Set attempts to 1.", 0)}, 1, false},
	})
}
