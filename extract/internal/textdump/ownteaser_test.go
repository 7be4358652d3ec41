package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestKeepOwnEllipses(t *testing.T) {
	p1 := "The council met on Monday night to decide the fate of the old swimming pool, which has been closed since the roof began to leak two winters ago."
	p2 := "Most members wanted to repair it, but the bill would be high, and several said they would rather build a new pool next to the school…"
	p3 := "In the end they agreed to ask the town's engineers for two estimates, one for the repair and one for a new building, before the summer break."
	rail := []string{
		"Library to Open on Sundays",
		"From next month the town library opens on Sunday afternoons too, a trial that the council will review after a year of…",
		"Market Moves to the Quay",
		"The weekly market leaves the square for the quay during the works on the bridge, with more room for the stalls and…",
	}
	cases := []struct {
		name    string
		lines   []string
		want    []string
		wantNot []string
	}{
		{
			name:  "a sentence trailing off between paragraphs",
			lines: []string{"Pool Decision Put Off", p1, p2, p3},
			want:  []string{p1, p2, p3},
		},
		{
			name:    "teasers under the article",
			lines:   append([]string{"Pool Decision Put Off", p1, p3}, rail...),
			want:    []string{p1, p3},
			wantNot: []string{"library opens", "market leaves"},
		},
		{
			name:    "a cut-off link between paragraphs",
			lines:   []string{"Pool Decision Put Off", p1, "Read also: Library to open on Sundays... read more", p3},
			want:    []string{p1, p3},
			wantNot: []string{"Library to open"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := FromText(strings.Join(c.lines, "\n\n"))
			checkBody(t, doc, c.want, c.wantNot)
		})
	}
}

// checkBody reports each of want the body of doc lacks and each of wantNot
// it holds.
func checkBody(t *testing.T, doc *article.Document, want, wantNot []string) {
	t.Helper()
	var body []string
	for _, b := range doc.Blocks {
		body = append(body, b.Plain)
	}
	text := strings.Join(body, "\n")
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("body lacks %q:\n%s", w, text)
		}
	}
	for _, w := range wantNot {
		if strings.Contains(text, w) {
			t.Errorf("body holds %q:\n%s", w, text)
		}
	}
}
