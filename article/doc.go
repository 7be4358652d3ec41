// Package article is pare's model of an extracted article: a Document holds
// the metadata (title, Date, author, site, language…) and the body as Blocks
// (paragraphs, headings, lists, quotes, code, tables, figures), with the
// Removals that explain what the rules left out. The same Document comes
// from an HTML page and from a text dump, so its writers serve both:
// Markdown with YAML front matter (markdown.go), one JSON record a line
// (json.go) and plain text (text.go).
package article
