package textdump

import "github.com/pare-dev/pare/clean"

// The text rules of package clean that the path runs over every line, read
// once: textRules mark chrome, endRules the lines after which the article
// ends. Neither is ever changed.
var (
	textRules = clean.DefaultTextRules()
	endRules  = clean.EndRules()
)
