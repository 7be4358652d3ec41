package textdump

// listedDate reports whether date line i is one of a list's: among the
// date lines a few lines around it, three or more different days, as a
// column of teasers shows them (date, headline, next date, headline …).
// One day for the article and another for its update are no list.
func listedDate(lines []textLine, i int) bool {
	const reach = 8
	var days []string
	for k := max(0, i-reach); k < min(len(lines), i+reach+1); k++ {
		if !lines[k].date {
			continue
		}
		d, ok := lineDate(lines[k].text)
		if !ok {
			continue
		}
		day := d.Time.Format("2006-01-02")
		seen := false
		for _, s := range days {
			seen = seen || s == day
		}
		if !seen {
			days = append(days, day)
		}
	}
	return len(days) >= 3
}

// dayCount counts the different days of the dump's date lines: ten or
// more make a list page (an archive, a column of teasers, dated comments).
func dayCount(lines []textLine) int {
	seen := map[string]bool{}
	for _, l := range lines {
		if !l.date {
			continue
		}
		if d, ok := lineDate(l.text); ok {
			seen[d.Time.Format("2006-01-02")] = true
		}
	}
	return len(seen)
}

// recursNear reports whether the text of line i stands n times or more
// among the lines no further than reach from it: teasers of one day in a
// row, not a page's header repeated at its foot.
func recursNear(lines []textLine, i, n, reach int) bool {
	c := 0
	for k := max(0, i-reach); k < min(len(lines), i+reach+1); k++ {
		if lines[k].fold == lines[i].fold {
			c++
		}
	}
	return c >= n
}
