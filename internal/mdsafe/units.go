package mdsafe

import "strings"

// rawLine is a line of marked Markdown not yet read into cells.
type rawLine struct {
	raw     string
	p       int  // the length of its container syntax
	heading bool // an ATX heading
	table   bool // a table row
}

// escapeUnits is escapeMarkdown. With quick, a unit of lines that the
// quick rule takes (each line as unmarkSuffices reads it, without a stray
// byte) is written as its plain unmark, which is what the full work gives
// it: the full work reads each unit on its own, and the rule holds for any
// Markdown, so for the unit's lines alone. A long block mostly of plain
// paragraphs thus reads only its other units into cells. With plainSpaces
// the rule also takes odd spaces where folding them is all the full work
// does (oddSpacesFold), and writes them folded (writeFolded).
//
// The lines are written into one builder, and the cells of each unit of
// lines made in one array.
func escapeUnits(md string, plainSpaces, quick bool) string {
	if md == "" {
		return md
	}
	var w lineWriter
	w.sb.Grow(len(md) + len(md)/8)
	// The cells of a unit's lines: once the unit is written they are
	// made again for the next, in the same array, which is made with
	// room for the longest line when a unit first needs it.
	var cells []cell
	var lines []mdLine
	var unit []rawLine
	unitQuick := true // every line of unit passes the quick rule
	unitOdd := false  // and some line holds odd spaces to fold
	emit := func() {
		if len(unit) == 0 {
			return
		}
		if quick && unitQuick && unitOdd {
			for k, ln := range unit {
				w.next()
				w.sb.WriteString(ln.raw[:ln.p])
				writeFolded(&w.sb, unmarkAll(ln.raw[ln.p:]), k == len(unit)-1)
			}
		} else if quick && unitQuick {
			for _, ln := range unit {
				w.next()
				writeUnmarked(&w.sb, ln.raw)
			}
		} else {
			if cells == nil {
				cells = make([]cell, 0, longestLine(md))
			}
			cells, lines = cells[:0], lines[:0]
			for _, ln := range unit {
				var ml mdLine
				ml, cells = parseLine(ln.raw, cells)
				lines = append(lines, ml)
			}
			renderUnit(&w, lines, plainSpaces)
		}
		unit = unit[:0]
		unitQuick, unitOdd = true, false
	}
	fence := ""
	for raw := range strings.SplitSeq(md, "\n") {
		if fence != "" {
			w.line(unmarkAll(raw))
			if closesFence(raw, fence) {
				fence = ""
			}
			continue
		}
		p, item, heading, table := scanPrefix(raw)
		content := raw[p:]
		if f := rawFence(content); f != "" {
			emit()
			w.line(unmarkAll(raw))
			fence = f
			continue
		}
		if content == "" {
			emit()
			w.line(raw[:p])
			continue
		}
		if item || heading || table || len(unit) > 0 && (unit[0].heading || unit[0].table) {
			emit()
		}
		if quick && unitQuick {
			ok, _ := lineSuffices(content, heading, false)
			odd := false
			if ok && plainSpaces {
				ok, odd = oddSpacesFold(content, heading)
			}
			unitQuick = ok && !table
			unitOdd = unitOdd || odd
		}
		unit = append(unit, rawLine{raw: raw, p: p, heading: heading, table: table})
	}
	emit()
	return w.sb.String()
}

// rawFence is opensFence of a line's content as it is: a run of three or
// more unmarked ` or ~ at its start (a marked character, a stray byte or
// another character is no fence's).
func rawFence(content string) string {
	if len(content) < 3 || content[0] != '`' && content[0] != '~' {
		return ""
	}
	n := 1
	for n < len(content) && content[n] == content[0] {
		n++
	}
	if n < 3 {
		return ""
	}
	return content[:n]
}
