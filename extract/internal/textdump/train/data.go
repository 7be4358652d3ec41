package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// gold tells whether kind is one of the snippet corpus's own dumps, with
// its annotated titles.
func gold(kind string) bool {
	return kind == kindW3m || kind == kindInnerText || kind == kindDOMText
}

// parseExtra reads -extra: kind=weight pairs, comma-separated, of the
// extra kinds.
func parseExtra(s string) (map[string]float64, error) {
	out := map[string]float64{}
	if strings.TrimSpace(s) == "" {
		return out, nil
	}
	for _, f := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(f), "=")
		if !ok || !slices.Contains(extraKinds, k) {
			return nil, fmt.Errorf("%q is no kind=weight of the kinds %s", f, strings.Join(extraKinds, ", "))
		}
		w, err := strconv.ParseFloat(v, 64)
		if err != nil || w < 0 {
			return nil, fmt.Errorf("%q: %q is no weight", f, v)
		}
		out[k] = w
	}
	return out, nil
}

// setup is how the pages are split into folds and weighed in the fit.
type setup struct {
	folds    int
	byDomain bool               // fold by registrable domain, not by site
	silver   float64            // the weight of the full-body corpus's w3m dumps
	extra    map[string]float64 // the weights of the extra kinds (none: 0)
	share    float64            // fit on the sites whose siteShare is below it (0 or 1: all)
	only     string             // fit on these kinds only (comma-separated; "": all)
}

// weigh sets each page's fold and its weight in the fit: 1 for the
// snippet corpus's dumps, s.silver for the full-body corpus's w3m dumps,
// s.extra's for the extra kinds; 0 for a site left out by s.share or a
// kind left out by s.only.
func weigh(pages []page, s setup) {
	for i := range pages {
		p := &pages[i]
		if s.byDomain {
			p.fold = foldOf(registrable(p.site), s.folds)
		} else {
			p.fold = foldOf(p.site, s.folds)
		}
		switch {
		case p.kind == kindBody:
			p.weight = s.silver
		case !gold(p.kind):
			p.weight = s.extra[p.kind]
		default:
			p.weight = 1
		}
		if s.share > 0 && s.share < 1 && siteShare(p.site) >= s.share {
			p.weight = 0
		}
		if s.only != "" && !strings.Contains(","+s.only+",", ","+p.kind+",") {
			p.weight = 0
		}
	}
}

// printSites prints how the sites of the two corpora meet: how many each
// has and share (a shared site is in one fold for both, as foldOf goes by
// the site alone), and the registrable domains (example.co.uk) whose
// sites fall in more than one fold (subdomains of one publisher).
func printSites(pages []page) {
	in := map[string]map[bool]bool{} // site → corpus (true: snippet) → seen
	for _, p := range pages {
		if in[p.site] == nil {
			in[p.site] = map[bool]bool{}
		}
		in[p.site][gold(p.kind) || p.kind == kindVisible] = true
	}
	snippet, body, both := 0, 0, 0
	for _, c := range in {
		switch {
		case c[true] && c[false]:
			both++
		case c[true]:
			snippet++
		default:
			body++
		}
	}
	folds := map[string]map[int]bool{}
	for _, p := range pages {
		d := registrable(p.site)
		if folds[d] == nil {
			folds[d] = map[int]bool{}
		}
		folds[d][p.fold] = true
	}
	var split []string
	for d, fs := range folds {
		if len(fs) > 1 {
			split = append(split, d)
		}
	}
	sort.Strings(split)
	fmt.Printf("sites: %d of the snippet corpus only, %d of the full-body corpus only, %d in both; domains in more than one fold: %d %s\n",
		snippet, body, both, len(split), strings.Join(split, " "))
}

// registrable returns a host's registrable domain (the host itself when
// it has none).
func registrable(host string) string {
	d, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return host
	}
	return d
}

// siteShare places a site in [0, 1), evenly and apart from its fold:
// -site-share f fits on the sites placed below f.
func siteShare(site string) float64 {
	h := fnv.New32a()
	h.Write([]byte("share:" + site))
	return float64(h.Sum32()) / (1 << 32)
}
