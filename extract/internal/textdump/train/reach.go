package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pare-dev/pare/extract/internal/textdump"
)

// reportReach prints, for the dumps of one kind, why each page's title is
// not among its headline candidates (textdump.HeadlineReachAt), page by
// page, with the line that shows it and its place from the region's
// start, then how many pages each reason holds; of one half of the sites
// (halfOf) when half is "a" or "b".
func reportReach(shared, kind, half string) error {
	srcs, err := allSources(shared)
	if err != nil {
		return err
	}
	count := map[string]int{}
	fmt.Printf("pages whose title is no candidate (%s):\n", kind)
	for _, s := range srcs {
		if s.kind != kind {
			continue
		}
		d, err := s.load()
		if err != nil || d.want == "" || half != "" && halfOf(d.site) != half {
			continue
		}
		want := normTitle(d.want)
		at := textdump.HeadlineReachAt(strings.ToValidUTF8(d.dump, "\uFFFD"), func(t string) bool { return normTitle(t) == want })
		count[at.Why]++
		if at.Why == "candidate" {
			continue
		}
		fmt.Printf("  %s [%s] %s: %q\n", s.id, d.site, at.Why, d.want)
		if at.Line >= 0 {
			fmt.Printf("      line %d (%+d from the region's start): %q\n", at.Line+1, at.Line-at.Start, shorten(at.Text, 160))
		}
	}
	var whys []string
	for w := range count {
		whys = append(whys, w)
	}
	sort.Slice(whys, func(a, b int) bool {
		return count[whys[a]] > count[whys[b]] || count[whys[a]] == count[whys[b]] && whys[a] < whys[b]
	})
	fmt.Printf("\nby reason:\n")
	for _, w := range whys {
		fmt.Printf("  %4d  %s\n", count[w], w)
	}
	return nil
}

// shorten cuts s to at most n runes.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
