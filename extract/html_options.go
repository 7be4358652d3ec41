package extract

import "errors"

// htmlOptions are what the HTML path needs of Options.
type htmlOptions struct {
	URL    string // the page's address: resolves relative links, names the site
	Images bool   // keep images, with their alt text
}

// errNoContent is the HTML path's error for a page without an article.
var errNoContent = errors.New("no article found")
