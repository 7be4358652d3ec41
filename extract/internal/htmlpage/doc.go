// Package htmlpage is the HTML path of package extract: FromHTML reads a
// page in four phases over one parsed tree.
//
//  1. The metadata, while the page is whole (metadata.go, jsonld.go,
//     author.go): title candidates, machine-readable dates, author, site,
//     language, and the dates shown near the headline (date_shown.go).
//  2. The chrome goes by the DOM rules of package clean.
//  3. The article is readability's choice, read from the part of the
//     page where the paragraph classifier's running text lies
//     (region.go), unless that classifier finds much more text
//     (secondopinion.go); the lead and a shown description that
//     readability may drop are put back (lead.go). The tree becomes
//     blocks (blocks.go), rendered as Markdown (render.go).
//  4. The blocks are cleaned by the block rules of package clean.
//
// The title is chosen in title.go (with title_kicker.go and title_site.go),
// the date in date_choice.go; docs/ARCHITECTURE.md describes each step.
package htmlpage
