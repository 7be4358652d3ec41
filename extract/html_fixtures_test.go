package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

func TestFromHTMLErrors(t *testing.T) {
	tests := []struct {
		name string
		page string
	}{
		{"empty body", "<html><body></body></html>"},
		{"only chrome", `<html><body><nav><a href="/">Home</a></nav><footer>© Site</footer></body></html>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractBytes([]byte(tt.page), Options{Input: article.HTML})
			if !errors.Is(err, ErrNoContent) {
				t.Fatalf("err = %v, want ErrNoContent", err)
			}
			if strings.Contains(err.Error(), "<nil>") {
				t.Errorf("error message %q shows a nil error", err)
			}
		})
	}
}

func TestTitleSiteFromGivenURL(t *testing.T) {
	page := `<html><head><title>Harbour Light » Blog » Tide tables for the summer</title></head><body>
<h1>Harbour Light</h1><article><h2>Tide tables for the summer</h2>
<p>The tide tables for the summer months are out. They list the high and low water for every day from June to August, for all the harbours of the bay.</p>
<p>Skippers should check them before they sail, as the spring tides this year run higher than usual and the sandbanks shift.</p></article></body></html>`
	tests := []struct{ name, url, want string }{
		{"address names the site", "https://www.harbourlight.org/tides", "Tide tables for the summer"},
		{"no address", "", "Harbour Light"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ExtractBytes([]byte(page), Options{URL: tt.url})
			if err != nil {
				t.Fatal(err)
			}
			if doc.Title != tt.want {
				t.Errorf("title = %q, want %q", doc.Title, tt.want)
			}
		})
	}
}

func TestScriptDateOnlyWhenNothingElse(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2020-02-02T10:00:00Z">` +
		`<script>{"publishedAt":"2021-05-06"}</script></head><body><h1>Pier opens</h1><p>` +
		repeatSentence("The pier opens to the public after two years of work on its deck.", 12) + `</p></body></html>`
	doc, err := ExtractBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.Date.Time.Format("2006-01-02"); got != "2020-02-02" {
		t.Errorf("date = %q, want the metadata's 2020-02-02", got)
	}
}

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

// A link that only runs script is replaced by readability with a <span> of
// its content; the paragraph around it must stay one paragraph, and ruby
// readings must not double the words they annotate.
func TestParagraphWithScriptLinks(t *testing.T) {
	long := strings.Repeat("これは長い文章です。", 12)
	page := `<html lang="ja"><head><title>法律ができる</title></head><body><article><h1>法律ができる</h1>
<p><ruby>子<rt>こ</rt></ruby>どもへの<a href="javascript:void(0)" class="dic"><ruby><span>虐待</span><rt>ぎゃくたい</rt></ruby></a>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、` + long + `</p>
<p>The <a href="javascript:void(0)"><span>council</span> <b>met</b></a> on Monday to talk about the new bridge over the river and what it will cost the town.</p>
</article></body></html>`
	doc, err := ExtractBytes([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var paras []string
	for _, b := range doc.Blocks {
		paras = append(paras, b.Plain)
	}
	if len(paras) != 2 {
		t.Fatalf("%d blocks, want 2:\n%s", len(paras), strings.Join(paras, "\n---\n"))
	}
	if want := "子どもへの虐待をなくすための法律ができて、"; !strings.HasPrefix(paras[0], want) {
		t.Errorf("first paragraph %q, want it to open with %q", paras[0][:min(len(paras[0]), 80)], want)
	}
	if want := "The council met on Monday"; !strings.HasPrefix(paras[1], want) {
		t.Errorf("second paragraph %q, want it to open with %q", paras[1], want)
	}
}
