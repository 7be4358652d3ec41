package extract

import (
	"strings"

	"github.com/pare-dev/pare/clean"
)

// fromText rebuilds the article of a plain-text dump.
func fromText(s string, opts Options) *Document {
	doc := &Document{Format: Text}
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		t := strings.Join(para, " ")
		doc.Blocks = append(doc.Blocks, clean.Block{Kind: clean.Paragraph, Text: t, Plain: t})
		para = nil
	}
	for _, line := range strings.Split(s, "\n") {
		line = collapse(line)
		if line == "" {
			flush()
			continue
		}
		para = append(para, line)
	}
	flush()
	return doc
}
