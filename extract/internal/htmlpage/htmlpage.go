package htmlpage

import (
	"bytes"
	"context"
	"fmt"
	"hash/maphash"
	"log/slog"
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
	root, err := Parse(b)
	if err != nil {
		return nil, err
	}
	return FromTree(ctx, root, opts)
}

// Parse parses a page (UTF-8) for FromTree; the error is ErrUnparsable.
// The tree holds nothing of b: a caller that lets b go once it is parsed
// does not hold the page's bytes through the extraction.
func Parse(b []byte) (*html.Node, error) {
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnparsable, err)
	}
	return root, nil
}

// FromTree is FromHTML on the page parsed by Parse, which it changes.
func FromTree(ctx context.Context, root *html.Node, opts Options) (*article.Document, error) {
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	doc, meta, form, pageURL := readPage(root, opts)
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	domRemoved := clean.ApplyDOM(root, domRules)
	if opts.NoComments {
		domRemoved = append(domRemoved, clean.DropComments(root)...)
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	blocks, own, err := articleBlocks(ctx, root, doc, meta, pageURL, opts)
	if err != nil {
		return nil, err
	}
	if !form.canBeForm() {
		// own holds the whole page split into blocks: let it go.
		own = nil
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	cut := doc.Removed // what the choice of the article cut
	doc.Blocks, doc.Removed = clean.ApplyBlocks(blocks, doc.Title, blockRules)
	if len(doc.Blocks) == 0 {
		// The rules took everything: the page is a list of links, say.
		// Better its blocks than nothing.
		doc.Blocks, doc.Removed = clean.ApplyBlocks(blocks, doc.Title, []clean.BlockRule{clean.TitleRepeat})
	}
	if isFormPage(doc.Blocks, form) {
		// The choice is a form's labels. When the headline's own section
		// is no form (a short post or a gallery above its comment form),
		// it is the article; else the page is a form.
		kept, removed := clean.ApplyBlocks(own(), doc.Title, blockRules)
		if article.TextLengthUnder(kept, article.MinArticleRunes) || isFormPage(kept, form) {
			return nil, fmt.Errorf("%w: the page is a form", ErrNoContent)
		}
		doc.Blocks, doc.Removed = kept, removed
		doc.Note("chosen instead: the headline's section, as the choice is a form's labels")
	}
	doc.Removed = append(append(domRemoved, cut...), doc.Removed...)
	return doc, nil
}

// readPage reads what the whole page says about itself (title, date,
// author, site, language, URL) into a new Document, before any rule removes
// the elements that tell it; and its form controls (readForms).
func readPage(root *html.Node, opts Options) (*article.Document, pageMeta, pageForm, *nurl.URL) {
	var pageURL *nurl.URL
	if opts.URL != "" {
		if u, err := nurl.Parse(opts.URL); err == nil && mdsafe.IsWebURL(u) {
			pageURL = u
		}
	}
	walked := readPageWalk(root)
	meta, form := walked.m, walked.form
	if meta.url == "" && pageURL != nil {
		meta.url = pageURL.String() // the site's name in titles is known by it
	}
	meta.descShown = descriptionShown(root, meta.desc)
	doc := &article.Document{Format: article.HTML}
	meta.fill(doc)
	if pageURL == nil && meta.url != "" {
		if u, err := nurl.Parse(meta.url); err == nil && mdsafe.IsWebURL(u) {
			pageURL = u
		}
	}
	var urlDate article.Date
	if pageURL != nil {
		urlDate, _ = dates.DateFromURL(pageURL.String())
	}
	// The dates far from the headline serve only when neither the
	// metadata nor the URL dates the page (fillDate).
	meta.dateText = readDateTexts(root, doc.Title, doc.Date.IsZero() && urlDate.IsZero(), walked.bound, false)
	fillDate(doc, meta, pageURL, urlDate)
	doc.Image = imageURL(meta.image, pageURL)
	if doc.Date.IsZero() && meta.date.IsZero() && len(meta.dates) == 0 {
		// Nothing else dates the page: perhaps its scripts' data.
		doc.Date, _ = scriptDate(root)
	}
	// Read: the texts are let go (a page full of numbers has thousands)
	// rather than held with meta through the extraction.
	meta.dateText = shownTexts{}
	return doc, meta, form, pageURL
}

// articleBlocks finds the article in the cleaned page and returns its
// blocks: readability's choice, or the paragraph classifier's when that
// finds much more text, or the text under the headline when the choice
// shares nothing with it and lies above it or is shorter (headlineChoice);
// with the lead and the description put first when the article lacks them.
// Each candidate's fate is noted in doc.Candidates. It fails only when no
// candidate has any text. own renders the blocks of the headline's whole
// section (none without a headline), for when the choice turns out to be
// a form.
func articleBlocks(ctx context.Context, root *html.Node, doc *article.Document, meta pageMeta, pageURL *nurl.URL, opts Options) (blocks []article.Block, own func() []article.Block, err error) {
	lead := findLead(root)
	// The other candidates read the page as it is; readability changes
	// the tree it is given, a copy. Where the split leaves the page as it
	// is, the copy is made after it, of the part readability is given
	// alone; else the split is given the copy.
	page, copied := root, splitMayChange(root, false)
	if copied {
		page = cloneNode(root)
	}
	base := ""
	if pageURL != nil {
		base = pageURL.String()
	}

	own = func() []article.Block { return nil }
	winner, why := "nothing", "no candidate has text"
	chosenSize := 0 // textSize(blocks)
	// The page's blocks and their classes, first: they tell readability
	// where to look (articleRegion).
	pb := splitPage(page, base, opts.Images)
	sz := sizesOf(pb.blocks)
	lang := doc.Lang
	classes := classifyBlocks(pb.blocks, lang)
	region := articleRegion(pb.blocks, pb.srcs, classes, sz)
	if !copied {
		root = regionCopy(page, region)
	}
	if region != nil && (!copied || keepOnly(root, region)) {
		doc.Note("readability: given the part of the page that holds most of its running text")
	}
	readyForReadability(root) // after the copy: page keeps it all
	parser := newParser()
	art, perr := parser.ParseAndMutate(root, pageURL)
	if opts.NoLinks {
		// After the rules, which read link targets; links still count
		// as links for the block rules, and the converter writes an
		// <a> without href as its text.
		dropLinkTargets(root, page, art.Node, lead)
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, nil, err
	}
	switch {
	case perr != nil:
		doc.Note("readability: failed (%v)", perr)
	case art.Node == nil:
		doc.Note("readability: no article")
	default:
		fillFromArticle(doc, art)
		setAtoms(art.Node)
		blocks = withLead(htmlBlocksSharing(art.Node, base, opts.Images, pb.blocks), lead, base, opts.Images)
		chosenSize = textSize(blocks)
		doc.Note("readability: %d characters of running text", chosenSize)
		winner, why = "readability", "the first choice"
	}
	if err := stop.Stopped(ctx); err != nil {
		return nil, nil, err
	}

	if doc.Lang != lang {
		// readability named the language the page did not: its stop
		// words, then.
		classes = classifyBlocks(pb.blocks, doc.Lang)
	}
	need := secondOpinionFactor * float64(chosenSize)
	dense, size := denseOf(pb, classes, base, opts.Images, need)
	if size > 0 {
		doc.Note("paragraph classifier: %d characters of running text (over %.0f needed)", size, need)
	} else {
		doc.Note("paragraph classifier: not the %.0f characters of running text needed", need)
	}
	if float64(size) > need {
		blocks = dense
		winner, why = "paragraph classifier", "it finds much more running text"
	}
	if h, titled := headlineAt(pb.blocks, sz, doc.Title); h >= 0 {
		section, end := underHeadline(pb.blocks, sz, h)
		own = func() []article.Block {
			return renderBlocks(pb.blocks[h+1:section], pb.srcs[h+1:section], base, opts.Images)
		}
		take, reason := headlineChoice(pb.blocks, sz, h, section, end, titled, blocks)
		doc.Note("text under the headline: %d characters of running text", sz.of(h+1, end))
		if take {
			blocks = renderBlocks(pb.blocks[h+1:end], pb.srcs[h+1:end], base, opts.Images)
			winner, why = "text under the headline", reason
		} else if winner != "nothing" {
			why += "; " + reason
		}
	}
	if article.TextLengthUnder(blocks, article.MinArticleRunes) {
		if run := runningBlocks(pb, base, opts.Images); len(run) > 0 {
			blocks = run
			winner, why = "the page's running text", "no candidate has text"
		}
	}
	doc.Note("chosen: %s, as %s", winner, why)
	blocks = dropRepeats(blocks)
	if kept, cut := trimTeaserRail(blocks); len(cut) > 0 {
		blocks = kept
		doc.Removed = append(doc.Removed, article.Removal{Rule: "teaser-rail", Text: plainOf(cut)})
	}
	if meta.descShown {
		blocks = withDescription(blocks, meta.desc)
	}
	if len(blocks) == 0 {
		return nil, nil, ErrNoContent
	}
	return blocks, own, nil
}

// dropRepeats drops the paragraphs, lists and quotes of running text that
// repeat an earlier one word for word: a page that holds a printable copy
// or a preview of its article gives the article once.
func dropRepeats(blocks []article.Block) []article.Block {
	seed := maphash.MakeSeed()
	return dropRepeatsBy(blocks, func(f []byte) uint64 { return maphash.Bytes(seed, f) })
}

// dropRepeatsBy is dropRepeats with the hash of the folds it holds. The
// kept blocks' folds are held by their hashes, not whole: on a huge page
// they were a copy of all its text. Each fold is made in one buffer for
// its hash (lang.FoldInto); a hash that an earlier block has already is
// checked against that block's fold, made then, and a fold that meets
// another's hash is kept whole in other.
func dropRepeatsBy(blocks []article.Block, hash func([]byte) uint64) []article.Block {
	seen := map[uint64]int{} // the hash of a kept block's fold → its index in blocks
	var other map[string]bool
	held, buf := takeScratch()
	defer func() { giveScratch(held, buf) }()
	out := make([]article.Block, 0, len(blocks)) // not blocks[:0]: earlier blocks are read again
	for k, b := range blocks {
		// A text of 4*repeatMin bytes has repeatMin characters at least.
		if b.Kind != article.Heading && len(b.Plain) >= repeatMin && (len(b.Plain) >= utf8.UTFMax*repeatMin || utf8.RuneCountInString(b.Plain) >= repeatMin) {
			folded := lang.FoldInto(buf, b.Plain)
			buf = folded[:0]
			h := hash(folded)
			if i, ok := seen[h]; !ok {
				seen[h] = k
			} else if f := string(folded); other[f] || lang.Fold(blocks[i].Plain) == f {
				continue
			} else {
				if other == nil {
					other = map[string]bool{}
				}
				other[f] = true
			}
		}
		out = append(out, b)
	}
	return out
}

// repeatMin is how long a block must be, in characters, for its repeat to
// be dropped: short lines (a label, a byline) may well come twice.
const repeatMin = 80

// runningBlocks returns the blocks of running text of the page that bb
// split, rendered: better than no article when no candidate has text.
func runningBlocks(bb *blockBuilder, pageURL string, images bool) []article.Block {
	var blocks []article.Block
	var srcs []blockSource
	for i, b := range bb.blocks {
		if runningText(b) {
			blocks, srcs = append(blocks, b), append(srcs, bb.srcs[i])
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	return renderBlocks(blocks, srcs, pageURL, images)
}

// splitPage splits the whole page under root into blocks, their Markdown
// not yet rendered: the material of the candidates other than readability's.
func splitPage(root *html.Node, pageURL string, images bool) *blockBuilder {
	bb := &blockBuilder{domain: pageURL, images: images}
	if !images {
		bb.holders = imageHolders(root)
	}
	bb.text.take()
	bb.walk(root)
	bb.flush()
	bb.text.give()
	return bb
}

// htmlBlocksSharing is htmlBlocks, with a block whose text is that of one
// of known sharing its string: readability's article is a part of the
// page, and on a huge page a second copy of its text would be a copy of
// most of the page's. It takes the tree apart as it renders it
// (renderConsuming): the caller reads nothing of it after.
func htmlBlocksSharing(root *html.Node, pageURL string, images bool, known []article.Block) []article.Block {
	bb := &blockBuilder{domain: pageURL, images: images}
	if !images {
		bb.holders = imageHolders(root)
	}
	bb.text.known = make(map[string]string, len(known))
	for _, b := range known {
		bb.text.known[b.Plain] = b.Plain
	}
	bb.text.take()
	bb.walk(root)
	bb.flush()
	bb.text.give()
	return renderConsuming(bb.blocks, bb.srcs, pageURL, images)
}

// newParser returns the readability parser as pare sets it up.
func newParser() readability.Parser {
	parser := readability.NewParser()
	parser.KeepClasses = true   // code blocks keep their language-x class
	parser.DisableJSONLD = true // readMeta has read it already
	// Its default logger formats each pass's notes (and, as it weighs an
	// element for removal, the element) for a writer that drops them: a
	// handler that is never enabled spares that work.
	parser.Logger = discardLogger
	return parser
}

// discardLogger is the readability parser's logger: it drops everything
// unformatted. It holds no state, and is only read.
var discardLogger = slog.New(slog.DiscardHandler)

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
		if runes := utf8.RuneCountInString(b.Plain); linkDensity(b.Links, runes) < 0.5 && !shortLabel(b.Plain) {
			n += runes
		}
	}
	return n
}

// linkDensity is article.Block.LinkDensity of a block of links characters
// in links and runes in all, counted once by the caller.
func linkDensity(links, runes int) float64 {
	if runes == 0 {
		return 0
	}
	return min(float64(links)/float64(runes), 1)
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
// dates shown near the headline and the URL's day, urlDate
// (dates.DateFromURL of pageURL) (chooseDate).
func fillDate(doc *article.Document, meta pageMeta, pageURL *nurl.URL, urlDate article.Date) {
	ev := dateEvidence{
		meta:   doc.Date,
		weak:   meta.dateFrom == "time-any",
		others: publishedDates(meta.dates),
		shown:  readShown(meta.dateText.near),
	}
	host := ""
	if pageURL != nil {
		host = pageURL.Hostname()
		ev.url = urlDate // dates.DateFromURL(pageURL.String())
	}
	doc.Date = chooseDate(ev, host, doc.Lang)
	if doc.Date.IsZero() && ev.meta.IsZero() && ev.url.IsZero() {
		doc.Date, _ = farDate(meta.dateText.far.all())
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
