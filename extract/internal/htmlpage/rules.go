package htmlpage

import "github.com/pare-dev/pare/clean"

// The rules of package clean that the HTML path runs over every page, read
// once: domRules over the parsed tree, blockRules over the article's
// blocks. Neither is ever changed.
var (
	domRules   = clean.DefaultDOMRules()
	blockRules = clean.DefaultBlockRules()
)
