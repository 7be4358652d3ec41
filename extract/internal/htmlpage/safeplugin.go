package htmlpage

import (
	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
)

// safePlugin makes html-to-markdown write marked Markdown: it marks the
// text it renders. The alt text and titles of images and links are marked
// in the copy the converter is given (markAttrs), before it renders:
// a renderer of the plugin's own that marked them as each node came up
// cost a call for every node, and lengthened the list of renderers the
// converter copies and sorts for every node.
type safePlugin struct{}

func (safePlugin) Name() string { return "pare-safe" }

func (safePlugin) Init(conv *converter.Converter) error {
	conv.Register.TextTransformer(func(_ converter.Context, content string) string {
		return mdsafe.MarkText(content)
	}, converter.PriorityEarly)
	return nil
}

// markAttrs marks the alt text and title of n, a link or an image. Marking
// twice gives what marking once does, so a node the converter renders
// twice (a table it gives up on) is written as before.
func markAttrs(n *html.Node) {
	for i, a := range n.Attr {
		if a.Namespace == "" && (a.Key == "alt" || a.Key == "title") {
			n.Attr[i].Val = mdsafe.MarkText(a.Val)
		}
	}
}
