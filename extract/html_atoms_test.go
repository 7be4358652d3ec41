package extract

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

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

func TestTextSizeLeavesOutLabels(t *testing.T) {
	para := article.Block{Kind: article.Paragraph, Plain: "The council voted on Thursday to rebuild the pier before the winter."}
	tests := []struct {
		name   string
		blocks []article.Block
		want   int
	}{
		{"a paragraph", []article.Block{para}, len(para.Plain)},
		{"names and addresses", []article.Block{{Plain: "Aldershot"}, {Plain: "Leo Example"}, {Plain: "leo.example@example.org"}}, 0},
		{"a line of ideographs", []article.Block{{Plain: "子どもへの虐待をなくすための法律ができました。"}}, 23},
		{"a short heading beside a paragraph", []article.Block{{Kind: article.Heading, Plain: "Costs"}, para}, len(para.Plain)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := textSize(tt.blocks); got != tt.want {
				t.Errorf("textSize = %d, want %d", got, tt.want)
			}
		})
	}
}
