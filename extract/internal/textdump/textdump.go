package textdump

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/lang"
)

// The text-dump path. A dump of a whole page (w3m's, a browser's innerText,
// a "select all, copy") has no markup left, so the article is found by the
// shape of its lines:
//
//  1. readLines: the lines of a sentence that the page broke in the middle
//     are joined first (rawLines); then each line with its list marker, length, stop words (de, en,
//     es, fr, it, nl, pl, pt and a few more) and whether it reads as running
//     text; chrome lines are marked by clean.DefaultTextRules(), and so are
//     short lines the page shows twice. Each line gets a value: running text
//     counts for the article by its length, labels, menus and chrome count
//     against it.
//  2. findRegion: the article is the stretch of lines with the highest sum
//     of values (where long sentence-like lines cluster), unless it lies
//     after the page's first comments or related-links heading and a
//     stretch a quarter as heavy stands before it. It ends early at a
//     comment section, a block of related links or an author's box
//     (clean.EndRules()) unless the article visibly resumes after it, and
//     starts higher at a recipe's list of ingredients above its steps;
//     a run of teasers (headline and one short paragraph) at its end goes;
//     a list of running words or of labelled facts right under it is
//     taken in.
//  3. findTitle: the headline is chosen among the short lines above the
//     region (and a few inside it, the end of a numbered breadcrumb trail
//     and a heading a text browser sets in deeply) by weighted features: distance, words shared with the
//     article, a date or byline under it, repetition on the page, empty
//     lines around it in a dump that sets headings apart (a text
//     browser's) or, in one that sets only paragraphs apart, beside a
//     heading (a standfirst), and marks of labels, names, captions and
//     buttons. When nothing near the region's start is dated, a dated
//     headline where the text starts anew after a menu inside the region
//     is weighed as if the region began there (restartAt); the lines above
//     a dated standfirst that a share bar parts from the text are weighed
//     as if the region began at the standfirst (leadAbove). A kicker,
//     breadcrumb, date or link mark glued to its line is cut off
//     (titleText).
//  4. findDate (textdate.go), findAuthor: the date line, dated byline or
//     opening dateline closest to the headline, preferring lines below it
//     and publication over update dates, else a labelled publication date
//     further off or a lone date line under the article; the byline ("Von
//     X", "By X"…).
//  5. textBlocks: the lines from under the headline (from the region's
//     start when full paragraphs stand above a headline found inside it) to
//     the region's end become paragraphs, section headings (short lines
//     followed by text), lists, code and tables (tab-separated rows);
//     chrome, date and byline lines and doubled captions go, each with a
//     clean.Removal, and lines outside the article are recorded too.

// FromText rebuilds the article of a plain-text dump.
func FromText(s string) *article.Document {
	doc := &article.Document{Format: article.Text}
	lines := readLines(s)
	if len(lines) == 0 {
		return doc
	}
	start, end := findRegion(lines)
	if start < 0 {
		// No running text at all: keep what is neither chrome nor a menu.
		for _, l := range lines {
			if l.rule == "" && !l.bullet {
				doc.Blocks = append(doc.Blocks, paragraph(l.text))
			}
		}
		return doc
	}
	ti := findTitle(lines, start, end)
	if ti >= 0 {
		doc.Title = titleText(lines, ti)
		if datedHeadline(lines[ti]) {
			lines[ti].date = false // the day it names is not the page's
		}
	}
	anchor := start
	if ti >= 0 {
		anchor = ti
	}
	di := findDate(lines, anchor, start, end)
	if di >= 0 {
		doc.Date, _ = lineDate(lines[di].text)
		if !datingLine(lines[di]) {
			di = -1 // a paragraph that opens with its dateline is kept
		}
	}
	ai, author := findAuthor(lines, anchor, start)
	doc.Author = author
	// The body starts under the headline: short lines of the region above
	// it are a kicker, not the article. A full paragraph above it is the
	// article's, and the region is kept whole: a headline chosen inside
	// the article is more likely a section heading or a pull quote than
	// a sign that the text above it is chrome.
	from, regionStart := start, start
	if ti >= 0 {
		from = ti + 1
		if hasParagraph(lines, start, ti) {
			from = min(from, start)
		} else {
			start = max(start, from)
		}
	}
	markUnmarkedLists(lines, start, end)
	blocks, removed := textBlocks(lines, from, start, end, di, ai)
	if len(blocks) == 0 && from > regionStart {
		// The headline took the region's only text: keep the region whole.
		doc.Title = ""
		from, start = regionStart, regionStart
		blocks, removed = textBlocks(lines, from, start, end, di, ai)
	}
	doc.Removed = append(outside(lines[:from]), removed...)
	doc.Removed = append(doc.Removed, outside(lines[end:])...)
	blocks, removed = clean.ApplyBlocks(blocks, doc.Title, clean.DefaultBlockRules())
	doc.Blocks = blocks
	doc.Removed = append(doc.Removed, removed...)
	var texts []string
	for _, b := range doc.Blocks {
		texts = append(texts, b.Plain)
	}
	doc.Lang = lang.GuessLang(texts)
	return doc
}

// hasParagraph reports whether lines[from:to] hold a full paragraph.
func hasParagraph(lines []textLine, from, to int) bool {
	for i := from; i < to; i++ {
		if lines[i].strong {
			return true
		}
	}
	return false
}

// stripSiteSuffix removes a site's name set after the headline with a bar:
// "Was wir wollen | Beispiel.net" → "Was wir wollen".
func stripSiteSuffix(t string) string {
	i := strings.LastIndex(t, " | ")
	if i < 0 {
		return t
	}
	head, tail := t[:i], t[i+3:]
	if len(strings.Fields(tail)) <= 4 && len(strings.Fields(head)) >= 3 {
		return head
	}
	return t
}

// outside records the lines outside the article, under the name of the
// rule that marks them as chrome or as "outside-article".
func outside(lines []textLine) []article.Removal {
	var out []article.Removal
	for _, l := range lines {
		rule := l.rule
		if rule == "" {
			rule = "outside-article"
		}
		out = append(out, article.Removal{Rule: rule, Text: l.text})
	}
	return out
}
