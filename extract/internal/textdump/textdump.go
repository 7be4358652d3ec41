package textdump

import (
	"context"
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/stop"
)

// FromText rebuilds the article of a plain-text dump.
func FromText(s string) *article.Document {
	doc, _ := FromTextContext(context.Background(), s, Options{})
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
	if len(lines) == 0 {
		return nil
	}
	out := make([]article.Removal, 0, len(lines))
	for _, l := range lines {
		rule := l.rule
		if rule == "" {
			rule = "outside-article"
		}
		out = append(out, article.Removal{Rule: rule, Text: l.text})
	}
	return out
}

// FromTextContext is FromText that looks at ctx between its steps and
// returns why ctx ended, if it did; opts say what to leave out.
func FromTextContext(ctx context.Context, s string, opts Options) (*article.Document, error) {
	doc := &article.Document{Format: article.Text}
	lines, err := readLinesContext(ctx, s)
	if err != nil {
		return nil, err
	}
	defer putLines(lines) // the document keeps the lines' texts, not the lines
	if len(lines) == 0 {
		return doc, nil
	}
	start, end := findRegion(lines)
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	if start < 0 {
		// No running text at all: keep what is neither chrome nor a menu.
		for _, l := range lines {
			if l.rule == "" && !l.bullet {
				doc.Blocks = append(doc.Blocks, paragraph(l.text))
			}
		}
		return doc, nil
	}
	var ti int
	if opts.Explain {
		var cands []titleCand
		ti, cands = chooseTitle(lines, start, end)
		for _, n := range explainTitle(lines, cands, explainedCandidates) {
			doc.Note("%s", n)
		}
	} else {
		ti = pickTitle(lines, start, end) // the same line, without measuring every candidate in full
	}
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
	if p, ok := firstIssue(lines, start, end); ok {
		doc.Date = firstIssueDate(doc.Date, p) // the date shown is an update's
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
	if err := stop.Stopped(ctx); err != nil {
		return nil, err
	}
	markUnmarkedLists(lines, start, end)
	blocks, removed, clear := textBlocks(lines, from, start, end, di, ai)
	if len(blocks) == 0 && from > regionStart {
		// The headline took the region's only text: keep the region whole.
		doc.Title = ""
		from, start = regionStart, regionStart
		blocks, removed, clear = textBlocks(lines, from, start, end, di, ai)
	}
	doc.Removed = append(outside(lines[:from]), removed...)
	var thread []article.Block
	if h, threadEnd := commentThread(lines, end); h >= 0 && opts.NoComments {
		// The thread is left out, under a rule that says so.
		doc.Removed = append(doc.Removed, outside(lines[end:h+1])...)
		doc.Removed = append(doc.Removed, commentRemovals(lines[h+1:threadEnd])...)
		end = threadEnd
	} else if h >= 0 {
		// The readers' comments under the article: their heading and the
		// chrome above it go, the thread is cleaned as the article is.
		doc.Removed = append(doc.Removed, outside(lines[end:h+1])...)
		thread, removed = threadBlocks(lines[h+1 : threadEnd])
		doc.Removed = append(doc.Removed, removed...)
		end = threadEnd
	}
	doc.Removed = append(doc.Removed, outside(lines[end:])...)
	blocks, removed = clean.ApplyBlocksClear(blocks, doc.Title, blockRules, clear)
	doc.Blocks = blocks
	doc.Removed = append(doc.Removed, removed...)
	if len(thread) > 0 {
		// A comment's date and author line is its heading, not the page's
		// date line.
		thread, removed = clean.ApplyBlocks(thread, doc.Title, threadRules)
		doc.Blocks = append(doc.Blocks, thread...)
		doc.Removed = append(doc.Removed, removed...)
	}
	doc.Lang = guessLang(doc.Blocks, lines[from:])
	return doc, nil
}
