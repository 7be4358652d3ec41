package textdump

import "github.com/pare-dev/pare/clean"

// The rules of package clean that the text path runs, read once:
// textRules mark chrome lines, endRules the lines after which the article
// ends, blockRules clean the article's blocks. None is ever changed.
var (
	textRules  = clean.DefaultTextRules()
	endRules   = clean.EndRules()
	blockRules = clean.DefaultBlockRules()
)
