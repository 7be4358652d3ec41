package textdump

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/pare-dev/pare/clean"
)

// TestBlockTextRulesRead holds what clean.ApplyBlocksClear rests on: every
// text rule the block rules wrap is one the line reader runs on each line.
func TestBlockTextRulesRead(t *testing.T) {
	read := map[string]bool{}
	for _, r := range textRules {
		read[r.Name] = true
	}
	for _, r := range clean.HTMLTextRules() {
		t.Run(r.Name, func(t *testing.T) {
			if !read[r.Name] {
				t.Errorf("block rule %q wraps a text rule the line reader does not run", r.Name)
			}
		})
	}
}

// TestApplyBlocksClear holds the block rules run with the lines' clear
// flags to the rules run on every block, on the fixtures' dumps and on
// those of the corpora beside the repository (when there).
func TestApplyBlocksClear(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "text", "*.txt"))
	for _, dir := range []string{"corpus/text", "corpus/innertext", "corpus-body/text"} {
		more, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", dir, "*.txt"))
		for i, f := range more {
			if i%5 == 0 { // a fifth is enough
				files = append(files, f)
			}
		}
	}
	if len(files) == 0 {
		t.Skip("no dumps")
	}
	cleared := 0
	for _, f := range files {
		t.Run(filepath.Base(filepath.Dir(f))+"/"+filepath.Base(f), func(t *testing.T) {
			d, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines := readLines(string(d))
			start, end := findRegion(lines)
			if start < 0 {
				return
			}
			blocks, _, clear := textBlocks(lines, start, start, end, -1, -1)
			for k, c := range clear {
				if !c {
					continue
				}
				cleared++
				// The promise ApplyBlocksClear takes: no text rule of the
				// block rules matches a clear block.
				if r, ok := clean.FirstMatch(blocks[k].Plain, clean.HTMLTextRules()); ok {
					t.Errorf("block %d (%q) is clear, but %s matches it", k, blocks[k].Plain, r.Name)
				}
			}
			title := lines[start].text
			gotKept, gotRemoved := clean.ApplyBlocksClear(blocks, title, blockRules, clear)
			wantKept, wantRemoved := clean.ApplyBlocks(blocks, title, blockRules)
			if !reflect.DeepEqual(gotKept, wantKept) || !reflect.DeepEqual(gotRemoved, wantRemoved) {
				t.Errorf("ApplyBlocksClear kept %d and removed %v; ApplyBlocks kept %d and removed %v", len(gotKept), gotRemoved, len(wantKept), wantRemoved)
			}
		})
	}
	if cleared == 0 {
		t.Errorf("no block was clear: the test tells nothing")
	}
}
