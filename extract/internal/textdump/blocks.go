package textdump

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/mdsafe"
)

// textBlocks turns the lines from `from` to `end` into blocks. Lines above
// the region (between the headline and start) are kept only when they are
// running text, such as a standfirst. di and ai are the date and byline
// lines, dropped. clear[i] says that blocks[i] is a line that no text rule
// matches (textLine.clear), for clean.ApplyBlocksClear.
func textBlocks(lines []textLine, from, start, end, di, ai int) (blocks []article.Block, removed []article.Removal, clear []bool) {
	// The blocks that may be a line no text rule matches, and that line's
	// text.
	type clearLine struct {
		k    int
		text string
	}
	var clearAt []clearLine
	var items []textLine
	// Lines between the region's first and last full paragraphs are inside
	// the article: short lines there are kept unless a rule knows them.
	lastStrong := -1
	for i := start; i < end; i++ {
		if lines[i].strong {
			lastStrong = i
		}
	}
	inner := func(i int) bool { return i > start && i < lastStrong }
	flushList := func(i int) {
		if len(items) == 0 {
			return
		}
		if keepList(items, inner(i)) {
			blocks = append(blocks, listBlock(items))
		} else {
			for _, it := range items {
				removed = append(removed, article.Removal{Rule: "link-list", Text: it.text})
			}
		}
		items = nil
	}
	var code []string
	flushCode := func() {
		if len(code) == 0 {
			return
		}
		t := strings.Join(code, "\n")
		fence := mdsafe.CodeFence(t)
		blocks = append(blocks, article.Block{Kind: article.Code, Text: fence + "\n" + t + "\n" + fence, Plain: t})
		code = nil
	}
	drop := func(rule, text string) {
		removed = append(removed, article.Removal{Rule: rule, Text: text})
	}
	var rows [][]string
	flushRows := func() {
		switch {
		case len(rows) >= 2:
			blocks = append(blocks, tableBlock(rows))
		case len(rows) == 1 && dates.HasDigit(strings.Join(rows[0], " ")):
			// A lone row of figures is the article's data.
			blocks = append(blocks, paragraph(strings.Join(rows[0], " ")))
		case len(rows) == 1:
			drop("short-line", strings.Join(rows[0], " "))
		}
		rows = nil
	}
	for i := from; i < end; i++ {
		l := lines[i]
		if !l.bullet && !l.quantity {
			// A dropped line between list items ends the list as well.
			flushList(i)
		}
		switch {
		case i == di:
			drop("date-line", l.text)
			continue
		case ai >= 0 && (i == ai || i == ai+1 && !strings.Contains(lines[ai].text, " ")):
			drop("byline", l.text)
			continue
		case l.rule != "":
			drop(l.rule, l.text)
			continue
		case l.repeat && (!l.bullet || l.indent) && !(l.code && i >= start) && !(inner(i) && isHeading(lines, i, end) && shownAboveOnly(lines, i)):
			drop("repeated-line", l.text)
			continue
		case clean.DoubledCaption.Matches(l.text):
			// An image's alt text and caption, glued: it goes from the
			// body but still counts where the article lies.
			drop(clean.DoubledCaption.Name, l.text)
			continue
		case i < start && !l.prose && !standfirst(l):
			drop("above-article", l.text)
			continue
		}
		if len(l.cells) > 0 && !l.strong && inner(i) {
			flushCode()
			flushList(i)
			rows = append(rows, l.cells)
			continue
		}
		flushRows()
		if l.bullet || l.quantity {
			flushCode()
			items = append(items, l)
			continue
		}
		flushList(i)
		if l.code && i >= start {
			code = append(code, l.text)
			continue
		}
		flushCode()
		if l.clear {
			clearAt = append(clearAt, clearLine{len(blocks), l.text}) // the block of the line, if one is made below
		}
		switch {
		case !l.strong && isHeading(lines, i, end):
			blocks = append(blocks, article.Block{Kind: article.Heading, Level: 2, Text: mdsafe.LineHeadingMarkdown(l.text), Plain: l.text})
		case l.prose:
			blocks = append(blocks, paragraph(l.text))
		case endsSentence(l.text) && l.words >= 3:
			blocks = append(blocks, paragraph(l.text))
		case i > start && l.words >= 2 && !l.repeat && (dates.HasDigit(l.text) || isLabelled(l.text) || dataLine(l) || clean.IsSignoff(l.text)):
			// A figure or a labelled value inside the article ("300
			// Minuten Wartezeit", "Jacke: Marke X") is its data.
			blocks = append(blocks, paragraph(l.text))
		default:
			drop("short-line", l.text)
		}
	}
	flushRows()
	flushList(end)
	flushCode()
	if len(clearAt) > 0 {
		clear = make([]bool, len(blocks))
		for _, c := range clearAt {
			// A line that made no block left the index of the next block
			// made, if any: a text rule's verdict is the text's alone, so
			// that block is clear when its text is the line's.
			if c.k < len(blocks) && blocks[c.k].Plain == c.text {
				clear[c.k] = true
			}
		}
	}
	return blocks, removed, clear
}

// tableBlock renders the rows of a table as a Markdown table, the first row
// as its header.
func tableBlock(rows [][]string) article.Block {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	var text, plain []string
	for k, r := range rows {
		cells := make([]string, n)
		for j := range cells {
			if j < len(r) {
				cells[j] = mdsafe.MarkLine(r[j])
			}
		}
		text = append(text, "| "+strings.Join(cells, " | ")+" |")
		if k == 0 {
			text = append(text, "|"+strings.Repeat(" --- |", n))
		}
		plain = append(plain, strings.Join(r, " "))
	}
	return article.Block{Kind: article.Table, Text: mdsafe.SafeMarkdown(strings.Join(text, "\n"), false), Plain: strings.Join(plain, " ")}
}

// paragraph makes a paragraph block of a line.
func paragraph(t string) article.Block {
	return article.Block{Kind: article.Paragraph, Text: mdsafe.LineMarkdown(t), Plain: t}
}

// isHeading reports whether line i is a section heading: short, not ending
// like a sentence, and followed by running text.
func isHeading(lines []textLine, i, end int) bool {
	l := lines[i]
	if l.runes > 120 || l.words == 0 || l.words > 15 || l.date {
		return false
	}
	if endsSentence(l.text) && !strings.HasSuffix(l.text, "?") {
		return false
	}
	// A line set between others without an empty line, as a verse or an
	// address is, is no heading.
	if !l.blankBefore && !l.blankAfter && i > 0 && !lines[i-1].strong && lines[i-1].prose {
		return false
	}
	for j := i + 1; j < end; j++ {
		if lines[j].rule != "" {
			continue
		}
		return lines[j].prose
	}
	return false
}

// keepList reports whether a run of list items belongs to the article. A
// list inside the article is kept unless it reads as a menu (several items
// of a few words, without stop words or figures); at the article's edge
// its items must read as text.
func keepList(items []textLine, inside bool) bool {
	texty, indented := 0, false
	for _, it := range items {
		if it.prose || endsSentence(it.text) || it.stops > 0 || it.words >= 5 || dates.HasDigit(it.text) {
			texty++
		}
		indented = indented || it.indent
	}
	// Items known only by their indentation must read as text even
	// inside the article.
	if inside && !indented {
		return len(items) < 4 || texty*3 >= len(items)
	}
	return texty*2 >= len(items) && texty > 0
}

// listBlock renders list items as a Markdown list.
func listBlock(items []textLine) article.Block {
	var text, plain []string
	for i, it := range items {
		marker := "- "
		if it.ordered {
			marker = itoa(i+1) + ". "
		}
		text = append(text, marker+mdsafe.MarkLine(it.text))
		plain = append(plain, it.text)
	}
	return article.Block{Kind: article.List, Text: mdsafe.SafeMarkdown(strings.Join(text, "\n"), false), Plain: strings.Join(plain, " ")}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// isLabelled reports whether a short line gives a value under a label:
// "Jacke: Marke X", "Material: Edelstahl".
func isLabelled(s string) bool {
	label, value, ok := strings.Cut(s, ": ")
	return ok && label != "" && !strings.Contains(label, " ") && strings.TrimSpace(value) != ""
}

// standfirst reports whether a short line between the headline and the
// article reads as its standfirst: a sentence of three words or more, not
// a label announcing something (a colon) nor a breadcrumb (bars).
func standfirst(l textLine) bool {
	return l.words >= 3 && endsSentence(l.text) && !strings.HasSuffix(l.text, ":") && !strings.Contains(l.text, " | ")
}

// shownAboveOnly reports whether the other lines with the text of line i
// all stand above it among other repeated lines, as the entries of a table
// of contents over the article do: the heading itself, followed by its
// text, is the article's.
func shownAboveOnly(lines []textLine, i int) bool {
	if lines[i].shown > 5 {
		return false // a table of contents names a heading once
	}
	n := 0
	for k, l := range lines {
		if k != i && l.fold == lines[i].fold {
			// The earlier line stands among other entries of the table.
			if k > i || !(k > 0 && lines[k-1].repeat && k+1 < len(lines) && lines[k+1].repeat) {
				return false
			}
			n++
		}
	}
	return n > 0
}
