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
