// Package mdsafe is pare's output safety and escaping step, one for both
// extraction paths and the Markdown writer.
//
// Both paths write a block's Markdown as "marked" Markdown: the article's
// own text with each ASCII punctuation character (and each odd space)
// moved to a private code point (MarkText), the Markdown syntax the path
// adds (list markers, emphasis, links, code, table pipes) as it is. The
// HTML path marks the text that html-to-markdown renders (safePlugin), the
// text path marks each line before it adds its syntax. SafeMarkdown then
// turns marked Markdown into Markdown: it drops links and images whose
// target is not http(s), mailto or relative, and writes each marked
// character back, with a backslash only where a CommonMark parser would
// otherwise read it as syntax (raw HTML, autolink, entity, code span,
// link, emphasis, strikethrough, or a block's start: heading, quote, list,
// rule, fence, table cell). Text thus renders back to itself, and no HTML,
// link, image or autolink appears that was not in the article.
package mdsafe
