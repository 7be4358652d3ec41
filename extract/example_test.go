package extract_test

import (
	"fmt"
	"log"
	"os"
	"strings"

	"github.com/pare-dev/pare/extract"
)

func Example() {
	page := `<html><head><title>Ferry pier to be rebuilt | Harbour News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry pier to be rebuilt</h1>
<p>The town council voted on Tuesday to rebuild the old ferry pier, which has been closed since the storm two winters ago.</p>
<p>Work is to start in spring and take about a year; the ferry will call at the fishing harbour until then.</p>
</article>
<footer>© Harbour News</footer></body></html>`
	doc, err := extract.Extract(strings.NewReader(page), extract.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Title)
	if err := doc.WriteMarkdown(os.Stdout, extract.MarkdownOptions{NoFrontMatter: true}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// Ferry pier to be rebuilt
	// # Ferry pier to be rebuilt
	//
	// The town council voted on Tuesday to rebuild the old ferry pier, which has been closed since the storm two winters ago.
	//
	// Work is to start in spring and take about a year; the ferry will call at the fishing harbour until then.
}

func ExampleExtractBytes_text() {
	dump := "Harbour News\n\nHome | News | Sport\n\nFerry pier to be rebuilt\n\n3 March 2025\n\n" +
		"The town council voted on Tuesday to rebuild the old ferry pier, which has been closed since the storm two winters ago.\n\n" +
		"Work is to start in spring and take about a year; the ferry will call at the fishing harbour until then.\n\n" +
		"Share this: Facebook | X | Email\n"
	doc, err := extract.ExtractBytes([]byte(dump), extract.Options{Input: extract.Text})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Date)
	fmt.Println(len(doc.Blocks), "paragraphs")
	// Output:
	// Ferry pier to be rebuilt
	// 2025-03-03
	// 2 paragraphs
}
