package clean

import "testing"

func TestEmptySection(t *testing.T) {
	related := []Block{para(running, 0), heading(2, "More on this"), list("Storm hits coast Budget passed", 30), heading(2, "Comments")}
	runBlockCases(t, EmptySection, []blockCase{
		{"heading over link list", related, 1, true},
		{"heading at the end", related, 3, true},
		{"heading over text", []Block{heading(2, "History"), para(running, 0)}, 0, false},
		{"subheading then text", []Block{heading(2, "History"), heading(3, "Early days"), para(running, 0)}, 0, false},
		{"paragraph", related, 0, false},
	})
}
