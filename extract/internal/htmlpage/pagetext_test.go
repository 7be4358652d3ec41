package htmlpage

import (
	"strings"
	"testing"
)

func TestPageText(t *testing.T) {
	got := PageText([]byte("<h1>Title</h1><p>One  <b>two</b></p><style>p{}</style><ul><li>a</li><li>b</li></ul>"))
	for _, want := range []string{"Title", "One two", "a", "b"} {
		if !strings.Contains(got, want) {
			t.Errorf("pageText lacks %q: %q", want, got)
		}
	}
	if strings.Contains(got, "p{}") {
		t.Errorf("style text kept: %q", got)
	}
}
