package htmlpage

import (
	"bytes"
	"context"
	"fmt"
	nurl "net/url"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/extract/internal/stop"
	"github.com/pare-dev/pare/internal/lang"
	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FromHTML extracts the article of an HTML page (UTF-8), in four phases:
// read the page's metadata while it is whole; remove its chrome by the DOM
// rules; find the article (readability, with a second opinion and the lead
// it may miss); clean the article's blocks by the block rules.
//
// ctx is looked at between the phases.
func FromHTML(ctx context.Context, b []byte, opts Options) (*article.Document, error) {
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnparsable, err)
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	form := readForms(root)
	doc, meta, pageURL := readPage(root, opts)
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	domRemoved := clean.ApplyDOM(root, clean.DefaultDOMRules())
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	blocks, err := articleBlocks(ctx, root, doc, meta, pageURL, opts)
	if err != nil {
		return nil, err
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	doc.Blocks, doc.Removed = clean.ApplyBlocks(blocks, doc.Title, clean.DefaultBlockRules())
	if len(doc.Blocks) == 0 {
		// The rules took everything: the page is a list of links, say.
		// Better its blocks than nothing.
		doc.Blocks, doc.Removed = clean.ApplyBlocks(blocks, doc.Title, []clean.BlockRule{clean.TitleRepeat})
	}
	doc.Removed = append(domRemoved, doc.Removed...)
	if isFormPage(doc.Blocks, form) {
		return nil, fmt.Errorf("%w: the page is a form", ErrNoContent)
	}
	return doc, nil
}

// readPage reads what the whole page says about itself (title, date,
// author, site, language, URL) into a new Document, before any rule removes
// the elements that tell it.
func readPage(root *html.Node, opts Options) (*article.Document, pageMeta, *nurl.URL) {
	var pageURL *nurl.URL
	if opts.URL != "" {
		if u, err := nurl.Parse(opts.URL); err == nil && mdsafe.IsWebURL(u) {
			pageURL = u
		}
	}
	meta := readMeta(root)
	if meta.url == "" && pageURL != nil {
		meta.url = pageURL.String() // the site's name in titles is known by it
	}
	meta.descShown = descriptionShown(root, meta.desc)
	doc := &article.Document{Format: article.HTML}
	meta.fill(doc)
	meta.dateText = dateTexts(root, doc.Title)
	if pageURL == nil && meta.url != "" {
		if u, err := nurl.Parse(meta.url); err == nil && mdsafe.IsWebURL(u) {
			pageURL = u
		}
	}
	fillDate(doc, meta, pageURL)
	doc.Image = imageURL(meta.image, pageURL)
	if doc.Date.IsZero() && meta.date.IsZero() && len(meta.dates) == 0 {
		// Nothing else dates the page: perhaps its scripts' data.
		doc.Date, _ = scriptDate(root)
	}
	return doc, meta, pageURL
}

// articleBlocks finds the article in the cleaned page and returns its
// blocks: readability's choice, or the paragraph classifier's when that
// finds much more text; with the lead and the description put first when
// the article lacks them.
func articleBlocks(ctx context.Context, root *html.Node, doc *article.Document, meta pageMeta, pageURL *nurl.URL, opts Options) ([]article.Block, error) {
	lead := findLead(root)
	page := cloneNode(root) // for the second opinion; readability changes root

	parser := readability.NewParser()
	parser.KeepClasses = true   // code blocks keep their language-x class
	parser.DisableJSONLD = true // readMeta has read it already
	art, err := parser.ParseAndMutate(root, pageURL)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoContent, err)
	}
	if art.Node == nil {
		return nil, ErrNoContent
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	fillFromArticle(doc, art)
	setAtoms(art.Node)

	base := ""
	if pageURL != nil {
		base = pageURL.String()
	}
	if opts.NoLinks {
		// After the rules, which read link targets; links still count
		// as links for the block rules, and the converter writes an
		// <a> without href as its text.
		dropLinkTargets(root, page, art.Node, lead)
	}
	blocks := withLead(htmlBlocks(art.Node, base, opts.Images), lead, base, opts.Images)
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	need := secondOpinionFactor * float64(textSize(blocks))
	if dense, size := denseArticle(page, doc.Lang, base, opts.Images, need); float64(size) > need {
		blocks = dense
	}
	if meta.descShown {
		blocks = withDescription(blocks, meta.desc)
	}
	return blocks, nil
}

// setAtoms gives the inline elements that readability made (the <span>
// that replaces a javascript: link) the atom of their tag, which it leaves
// unset: the block splitter tells inline elements by atom, and would
// otherwise cut a paragraph at each such link.
func setAtoms(root *html.Node) {
	for n := range root.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == 0 {
			if a := atom.Lookup([]byte(n.Data)); inlineAtoms[a] {
				n.DataAtom = a
			}
		}
	}
}

// secondOpinionFactor is how much more text the paragraph classifier must
// find than readability for its article to be taken instead.
const secondOpinionFactor = 1.7

// textSize returns the characters of running text in blocks: those of
// blocks that are not mostly links, nor labels of a few words (a list of
// names and addresses beside an article is no measure of it).
func textSize(blocks []article.Block) int {
	n := 0
	for _, b := range blocks {
		if b.LinkDensity() < 0.5 && !shortLabel(b.Plain) {
			n += utf8.RuneCountInString(b.Plain)
		}
	}
	return n
}

// shortLabel reports whether a text is a few words only: fewer than
// labelWords, and not a line of ideographs, which has no spaces.
func shortLabel(s string) bool {
	words := 0
	for range strings.FieldsSeq(s) {
		words++
		if words >= labelWords {
			return false
		}
	}
	return lang.Ideographs(s) < 4*labelWords
}

// labelWords is how many words make a text more than a label.
const labelWords = 5

// fillDate chooses the publication date from the metadata's dates, the
// dates shown near the headline and the URL's day (chooseDate).
func fillDate(doc *article.Document, meta pageMeta, pageURL *nurl.URL) {
	ev := dateEvidence{
		meta:   doc.Date,
		weak:   meta.dateFrom == "time-any",
		others: publishedDates(meta.dates),
		shown:  readShown(meta.dateText),
	}
	host := ""
	if pageURL != nil {
		host = pageURL.Hostname()
		ev.url, _ = dates.DateFromURL(pageURL.String())
	}
	doc.Date = chooseDate(ev, host, doc.Lang)
	if doc.Date.IsZero() && ev.meta.IsZero() && ev.url.IsZero() {
		doc.Date, _ = farDate(meta.dateText)
	}
}

// fillFromArticle completes the metadata with what the readability pass
// found, where the page's own metadata left a gap.
func fillFromArticle(doc *article.Document, art readability.Article) {
	if doc.Title == "" {
		doc.Title = collapse(art.Title())
	}
	if doc.Author == "" {
		doc.Author = cleanAuthor(art.Byline(), doc.Site)
	}
	if doc.Site == "" {
		doc.Site = collapse(art.SiteName())
	}
	if doc.Lang == "" {
		doc.Lang = art.Language()
	}
}
