package htmlpage

import (
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
)

// safePlugin makes html-to-markdown write marked Markdown: it marks the
// text it renders, and the alt text and titles of images and links.
type safePlugin struct{}

func (safePlugin) Name() string { return "pare-safe" }

func (safePlugin) Init(conv *converter.Converter) error {
	conv.Register.TextTransformer(func(_ converter.Context, content string) string {
		return mdsafe.MarkText(content)
	}, converter.PriorityEarly)
	conv.Register.Renderer(func(_ converter.Context, _ converter.Writer, n *html.Node) converter.RenderStatus {
		if n.Type == html.ElementNode && (n.Data == "a" || n.Data == "img") {
			for i, a := range n.Attr {
				if a.Namespace == "" && (a.Key == "alt" || a.Key == "title") {
					n.Attr[i].Val = mdsafe.MarkText(a.Val)
				}
			}
		}
		return converter.RenderTryNext
	}, converter.PriorityEarly)
	return nil
}
