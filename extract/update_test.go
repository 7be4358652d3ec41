package extract

import (
	"flag"
	"strconv"
	"strings"
)

// update makes the golden tests rewrite the expected Markdown in
// testdata/html and testdata/text instead of comparing with it.
var update = flag.Bool("update", false, "rewrite the golden Markdown files in testdata")

// lineDiff lists the lines that differ between want and got, by position.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			sb.WriteString("line " + strconv.Itoa(i+1) + ":\n  want: " + a + "\n  got:  " + b + "\n")
		}
	}
	return sb.String()
}
