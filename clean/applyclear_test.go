package clean

import (
	"testing"

	"github.com/pare-dev/pare/article"
)

// TestApplyBlocksClear checks that a block marked clear is not asked the
// rules TextBlockRules made (the caller has found no text rule to match
// it), and is asked every other block rule.
func TestApplyBlocksClear(t *testing.T) {
	share := para("Teilen: Facebook | X | E-Mail", 0)
	body := para("Die Brücke über den Fluss wird im Frühjahr eröffnet, sagt die Stadt.", 0)
	title := heading(1, "Bridge opens")
	if !ShareBar.Matches(share.Plain) {
		t.Fatalf("the share bar's line is no longer one ShareBar matches: pick another")
	}
	tests := []struct {
		name    string
		blocks  []article.Block
		clear   []bool
		removed []string // the rules that drop blocks, in order
	}{
		{"no flags: as ApplyBlocks", []article.Block{share, body}, nil, []string{ShareBar.Name}},
		{"not clear: text rules asked", []article.Block{share, body}, []bool{false, true}, []string{ShareBar.Name}},
		{"clear: text rules not asked", []article.Block{share, body}, []bool{true, true}, nil},
		{"clear: other block rules asked", []article.Block{title, body}, []bool{true, true}, []string{TitleRepeat.Name}},
		{"fewer flags than blocks", []article.Block{body, share, body}, []bool{true}, []string{ShareBar.Name}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kept, removed := ApplyBlocksClear(tt.blocks, "Bridge opens", DefaultBlockRules(), tt.clear)
			var got []string
			for _, r := range removed {
				got = append(got, r.Rule)
			}
			if len(got) != len(tt.removed) || len(kept)+len(removed) != len(tt.blocks) {
				t.Fatalf("removed %v, kept %d; want removed %v", got, len(kept), tt.removed)
			}
			for i := range got {
				if got[i] != tt.removed[i] {
					t.Errorf("removed %v, want %v", got, tt.removed)
				}
			}
		})
	}
}
