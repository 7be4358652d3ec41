package site_test

import (
	"fmt"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean/site"
)

func Example() {
	para := func(s string) article.Block { return article.Block{Kind: article.Paragraph, Text: s, Plain: s} }
	var docs []*article.Document
	for i := range 4 {
		docs = append(docs, &article.Document{URL: fmt.Sprintf("https://harbour.example/news/%d", i), Blocks: []article.Block{
			para(fmt.Sprintf("Story %d: the ferry timetable changes again next month, the harbour office says.", i)),
			para(fmt.Sprintf("Story %d goes on with what the change means for the island's commuters.", i)),
			para("Comments are moderated and appear after review."),
		}})
	}
	m := site.NewModel(site.DefaultMinPages, site.DefaultMinShare)
	for _, doc := range docs {
		m.Add(site.Key(doc, ""), doc.Blocks)
	}
	m.Prune(docs[0], site.Key(docs[0], ""))
	fmt.Println(len(docs[0].Blocks), "blocks kept")
	for _, r := range docs[0].Removed {
		fmt.Printf("%s: %s\n", r.Rule, r.Text)
	}
	// Output:
	// 2 blocks kept
	// site-boilerplate: Comments are moderated and appear after review.
}
