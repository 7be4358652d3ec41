package extract

import (
	"errors"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/htmlpage"
)

// Errors returned by Extract. Callers test them with errors.Is.
var (
	ErrEmpty     = errors.New("input is empty")
	ErrBinary    = errors.New("input is binary, not a web page or text")
	ErrNoContent = htmlpage.ErrNoContent
	ErrLimit     = errors.New("limit exceeded")
	ErrInternal  = errors.New("internal error")
)

// ParseInput reads an input kind from its name: auto, html or text.
func ParseInput(s string) (Input, error) {
	switch s {
	case "", "auto":
		return Auto, nil
	case "html":
		return HTML, nil
	case "text", "txt":
		return Text, nil
	}
	return Auto, errors.New(`input must be "auto", "html" or "text"`)
}

// Options steer Extract.
type Options struct {
	Input  Input  // how to read the bytes; Auto sniffs them
	URL    string // the page's address: fills Document.URL, resolves relative links
	Source string // where the input came from (a path), for Document.Source
	Images bool   // keep images, with their alt text
	// NoLinks writes links as their text, their targets dropped (the
	// HTML path; text dumps have no links).
	NoLinks bool
	// NoComments drops readers' comments, which are kept by default when
	// they follow the article. On the HTML path it drops the comment
	// sections of the page (an element whose class or id names comments,
	// a heading such as "12 Comments" or "Leave a Reply" with what follows
	// it in its container), before the article is looked for; on the text
	// path the thread of comments under the article is not appended. The
	// lines dropped are reported as removals under the rule "comments".
	NoComments bool
	// Explain fills Document.Candidates on the text path too: the five
	// best headline candidates of a dump with their scores and deciding
	// features (what pare --explain prints). Writing them costs time on
	// every page, so a dump's are written only when asked; the HTML
	// path's notes on its article candidates are always there.
	Explain bool

	// ContentType is the Content-Type the page was served with (an HTTP
	// header), if known: its charset ranks below a byte-order mark and
	// above the page's <meta> charset.
	ContentType string
	Limits      Limits // bounds on the work of one document; zero: DefaultLimits
}

// The article model lives in package article; these names keep extract's
// API whole, so that a caller needs only this package.
type (
	// Document is an extracted article: its metadata and its body as blocks.
	Document = article.Document
	// Date is a publication date with the precision it is known to.
	Date = article.Date
	// Precision says how much of a Date is known.
	Precision = article.Precision
	// Input says how Extract reads its bytes.
	Input = article.Input
	// MarkdownOptions steer Document.WriteMarkdown.
	MarkdownOptions = article.MarkdownOptions
)

// The kinds of input.
const (
	Auto = article.Auto // sniff the bytes
	HTML = article.HTML // a web page
	Text = article.Text // a plain-text dump of a page
)

// The precisions of a Date.
const (
	NoDate  = article.NoDate  // no date is known
	Day     = article.Day     // only the day is known
	Local   = article.Local   // the time of day is known, not its offset
	Instant = article.Instant // time and offset are known
)
