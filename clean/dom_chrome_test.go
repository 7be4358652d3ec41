package clean

import "testing"

func TestChromeElement(t *testing.T) {
	runDOMCases(t, ChromeElement, []domCase{
		{"nav", `<nav><a href="/">Home</a></nav>`, true},
		{"footer", `<footer>Imprint</footer>`, true},
		{"aside", `<aside>Most read</aside>`, true},
		{"page header", `<header><a href="/">Logo</a></header>`, true},
		{"section", `<section><p>Text</p></section>`, false},
		{"div", `<div>Text</div>`, false},
	})
}

func TestChromeElementArticleHeader(t *testing.T) {
	root := firstElement(t, `<article><header><h1>Headline</h1></header><p>Text</p></article>`)
	header := root.FirstChild
	if header == nil || header.Data != "header" {
		t.Fatalf("no header in article")
	}
	if ChromeElement.Drop(header) {
		t.Errorf("the article's own header was dropped")
	}
}
