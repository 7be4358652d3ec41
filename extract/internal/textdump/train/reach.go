package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pare-dev/pare/extract/internal/textdump"
)

// reportReach prints, for the dumps of one kind, why each page's title is
// not among its headline candidates (textdump.HeadlineReach), page by
// page, then how many pages each reason holds.
func reportReach(shared, kind string) error {
	srcs, err := snippetSources(shared)
	if err != nil {
		return err
	}
	body, err := bodySources(shared)
	if err != nil {
		return err
	}
	srcs = append(srcs, body...)
	count := map[string]int{}
	fmt.Printf("pages whose title is no candidate (%s):\n", kind)
	for _, s := range srcs {
		if s.kind != kind {
			continue
		}
		d, err := s.load()
		if err != nil || d.want == "" {
			continue
		}
		want := normTitle(d.want)
		why := textdump.HeadlineReach(strings.ToValidUTF8(d.dump, "\uFFFD"), func(t string) bool { return normTitle(t) == want })
		count[why]++
		if why != "candidate" {
			fmt.Printf("  %s [%s] %s: %q\n", s.id, d.site, why, d.want)
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
