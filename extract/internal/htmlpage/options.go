package htmlpage

import "errors"

// Options are what the HTML path needs of extract.Options.
type Options struct {
	URL    string // the page's address: resolves relative links, names the site
	Images bool   // keep images, with their alt text
}

// ErrNoContent is the error for a page without an article (extract.ErrNoContent).
var ErrNoContent = errors.New("no article found")
