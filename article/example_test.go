package article_test

import (
	"fmt"
	"log"
	"os"
	"time"

	"github.com/pare-dev/pare/article"
)

// doc is a small article, as extract.Extract returns them.
func doc() *article.Document {
	return &article.Document{
		Title:  "Ferry pier to be rebuilt",
		Date:   article.Date{Time: time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), Precision: article.Day},
		Author: "Ana Ruiz",
		Site:   "Harbour News",
		URL:    "https://news.example/pier",
		Lang:   "en",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "The council voted to rebuild the **old** pier."},
			{Kind: article.Heading, Level: 2, Text: "Costs"},
			{Kind: article.List, Text: "- Pier: 2.4 million\n- Ramp: 0.3 million"},
			{Kind: article.Table, Text: "| Part | Year |\n|---|---|\n| Pier | 2026 |"},
		},
	}
}

func ExampleDocument_WriteMarkdown() {
	if err := doc().WriteMarkdown(os.Stdout, article.MarkdownOptions{NoFrontMatter: true}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// # Ferry pier to be rebuilt
	//
	// _2025-03-03 · Ana Ruiz · Harbour News_
	//
	// <https://news.example/pier>
	//
	// The council voted to rebuild the **old** pier.
	//
	// ## Costs
	//
	// - Pier: 2.4 million
	// - Ramp: 0.3 million
	//
	// | Part | Year |
	// |---|---|
	// | Pier | 2026 |
}

func ExampleDocument_WriteText() {
	if err := doc().WriteText(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Ferry pier to be rebuilt
	//
	// The council voted to rebuild the old pier.
	//
	// Costs
	//
	// • Pier: 2.4 million
	// • Ramp: 0.3 million
	//
	// Part	Year
	// Pier	2026
}

func ExampleDocument_WriteJSON() {
	if err := doc().WriteJSON(os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// {"source":"","url":"https://news.example/pier","title":"Ferry pier to be rebuilt","date":"2025-03-03","author":"Ana Ruiz","site":"Harbour News","lang":"en","markdown":"The council voted to rebuild the **old** pier.\n\n## Costs\n\n- Pier: 2.4 million\n- Ramp: 0.3 million\n\n| Part | Year |\n|---|---|\n| Pier | 2026 |\n","description":"","image":"","tags":[],"hash":"sha256:33b583219ab6eb5f7dcf11b3744bf20e8f0abf879a0aa97dbbd61f39004a4981"}
}

func ExampleDocument_Chunks() {
	for _, c := range doc().Chunks(8) {
		fmt.Printf("%d %q %q\n", c.Index, c.HeadingPath, c.Text)
	}
	// Output:
	// 0 ["Ferry pier to be rebuilt"] "The council voted to rebuild the **old** pier."
	// 1 ["Ferry pier to be rebuilt" "Costs"] "## Costs\n\n- Pier: 2.4 million\n- Ramp: 0.3 million"
	// 2 ["Ferry pier to be rebuilt" "Costs"] "| Part | Year |\n|---|---|\n| Pier | 2026 |"
}
