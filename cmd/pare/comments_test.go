package main

import (
	"strings"
	"testing"
)

// TestNoCommentsFlag checks that --no-comments reaches the extraction of
// one page, of a text dump and of a JSON Lines stream: readers' comments
// under the post are kept without it and dropped with it.
func TestNoCommentsFlag(t *testing.T) {
	dir := t.TempDir()
	comments := `<h2>2 Comments</h2><ol class="responses">` +
		`<li><p>Marta wrote: We covered our carrots with old curtains last winter and they came through the hard frost in January without any damage at all.</p></li>` +
		`<li><p>Olu wrote: Straw worked better than fleece for our leeks, though the mice seemed to like it as much as the leeks did over the cold months.</p></li></ol>`
	page := article{title: "Covering the beds before the frost", paras: sampleParas("Frost", 5), extra: comments}.html()
	htmlPath := writeFile(t, dir, "frost.html", page)
	dump := strings.Join(append(append([]string{"Covering the beds before the frost"}, sampleParas("Frost", 5)...),
		"Share this:", "2 Responses to “Covering the beds before the frost”",
		"Marta on November 3, 2024 at 9:12 am",
		"We covered our carrots with old curtains last winter and they came through the hard frost in January without any damage at all.",
		"Reply",
		"Olu on November 4, 2024 at 6:40 pm",
		"Straw worked better than fleece for our leeks, though the mice seemed to like it as much as the leeks did over the cold months.",
		"Reply", "Leave a Reply", "Name (required)"), "\n\n")
	textPath := writeFile(t, dir, "frost.txt", dump)
	stream := jsonLine(t, map[string]any{"id": "p1", "html": page})

	tests := []struct {
		name  string
		stdin string
		args  []string
		kept  bool
	}{
		{name: "page, comments kept", args: []string{htmlPath}, kept: true},
		{name: "page, no comments", args: []string{"--no-comments", htmlPath}},
		{name: "text dump, comments kept", args: []string{"--input", "text", textPath}, kept: true},
		{name: "text dump, no comments", args: []string{"--no-comments", "--input", "text", textPath}},
		{name: "jsonl, comments kept", stdin: stream, args: []string{"--jsonl"}, kept: true},
		{name: "jsonl, no comments", stdin: stream, args: []string{"--jsonl", "--no-comments"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.stdin, tt.args...)
			if r.code != 0 {
				t.Fatalf("exit %d; stderr %q", r.code, r.stderr)
			}
			for _, p := range sampleParas("Frost", 5) {
				if !strings.Contains(r.stdout, p) {
					t.Errorf("the post lacks %q:\n%s", p, r.stdout)
				}
			}
			for _, s := range []string{"old curtains last winter", "the mice seemed to like it"} {
				if got := strings.Contains(r.stdout, s); got != tt.kept {
					t.Errorf("comment %q kept %v, want %v:\n%s", s, got, tt.kept, r.stdout)
				}
			}
		})
	}
}
