package extract

import (
	"strings"
	"testing"
)

// TestDeeplyNestedPage checks that a page nested deeper than the HTML
// parser allows is still cleaned, from its visible text.
func TestDeeplyNestedPage(t *testing.T) {
	para := "<p>The ferry service to the island resumed on Monday after the storm, and the first boat left the harbour at seven in the morning with forty passengers.</p>"
	page := "<html><head><title>Ferry service resumes</title><script>var x = 1;</script></head><body>" +
		strings.Repeat("<div><font>", 400) + "<h1>Ferry service resumes</h1>" + strings.Repeat(para, 6) +
		strings.Repeat("</font></div>", 400) + "</body></html>"
	doc, err := ExtractBytes([]byte(page), Options{})
	if err != nil {
		t.Fatalf("ExtractBytes: %v", err)
	}
	body := doc.Body()
	if !strings.Contains(body, "The ferry service to the island resumed on Monday") {
		t.Errorf("article text missing:\n%s", body)
	}
	if strings.Contains(body, "var x") {
		t.Errorf("script text leaked:\n%s", body)
	}
}

func TestPageText(t *testing.T) {
	got := pageText([]byte("<h1>Title</h1><p>One  <b>two</b></p><style>p{}</style><ul><li>a</li><li>b</li></ul>"))
	for _, want := range []string{"Title", "One two", "a", "b"} {
		if !strings.Contains(got, want) {
			t.Errorf("pageText lacks %q: %q", want, got)
		}
	}
	if strings.Contains(got, "p{}") {
		t.Errorf("style text kept: %q", got)
	}
}
