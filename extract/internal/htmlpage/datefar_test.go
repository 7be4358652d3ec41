package htmlpage

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// allSpotTexts is spotTexts as it was, every text read at once: near and
// far in one list sorted by cost, repeats dropped.
func allSpotTexts(text string, h1Start, h1End int, candidates []dateSpot, far bool) []dateText {
	var out []dateText
	for _, c := range candidates {
		d := dateText{datetime: c.datetime, lead: c.lead, update: c.update, published: c.published, classed: c.classed}
		switch s, e := c.start, c.end; {
		case s >= h1Start && e <= h1End:
			d.dist = 0
		case s >= h1End && s-h1End <= dateAfter:
			d.dist = s - h1End
		case e <= h1Start && h1Start-s <= dateBefore:
			d.dist = s - h1Start
		case s >= h1End:
			d.dist, d.far = s-h1End, true
		case e <= h1Start:
			d.dist, d.far = s-h1Start, true
		default:
			continue
		}
		if d.far && !far {
			continue
		}
		if c.node != nil {
			c.setMarks(dateMarks(c.node))
			d.update, d.published, d.classed = c.update, c.published, c.classed
		}
		d.text = strings.Clone(collapse(strings.TrimSuffix(text[c.start:c.end], " ")))
		d.before = strings.Clone(labelBefore(text[:c.start]))
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].cost() < out[j].cost() })
	type key struct{ text, datetime string }
	seen := make(map[key]bool, len(out))
	kept := out[:0]
	for _, d := range out {
		k := key{d.text, d.datetime}
		if seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, d)
	}
	return kept
}

// checkLazyFar holds spotTexts, which reads the far texts only as they
// are asked for, to allSpotTexts on one page: the texts, read whole or
// asked for in part first, and the far date read from them.
func checkLazyFar(t *testing.T, root *html.Node, title string, far, eager bool) {
	t.Helper()
	text, h1Start, h1End, spots := dateSpots(root, title, far, textBound(root), eager)
	want := allSpotTexts(text, h1Start, h1End, spots, far)
	shown := spotTexts(text, h1Start, h1End, spots, far)
	if !far && shown.far != nil {
		t.Fatalf("far texts without far")
	}
	if got := slices.AppendSeq(slices.Clone(shown.near), shown.far.all()); !reflect.DeepEqual(got, want) {
		t.Fatalf("far %v, eager %v: texts %+v, want %+v", far, eager, got, want)
	}
	// Asked for again, and in part before the whole: the same.
	shown = spotTexts(text, h1Start, h1End, spots, far)
	n := 0
	for range shown.far.all() {
		if n++; n > len(want)/3 {
			break
		}
	}
	if got := slices.AppendSeq(slices.Clone(shown.near), shown.far.all()); !reflect.DeepEqual(got, want) {
		t.Fatalf("far %v, eager %v, after %d asked for: texts %+v, want %+v", far, eager, n, got, want)
	}
	shown = spotTexts(text, h1Start, h1End, spots, far)
	gotDate, gotOK := farDate(shown.far.all())
	wantDate, wantOK := farDate(slices.Values(want))
	if gotDate != wantDate || gotOK != wantOK {
		t.Fatalf("far %v, eager %v: far date %v %v, want %v %v", far, eager, gotDate, gotOK, wantDate, wantOK)
	}
}

// TestLazyFarTexts checks the far texts read lazily against all read at
// once on pages made to hold near and far dates, repeats of them, and
// dates nested at one place, and on the fixtures and a spread of the
// corpus.
func TestLazyFarTexts(t *testing.T) {
	const title = "A headline of the page"
	filler := "<p>" + strings.Repeat("words of the article ", 80) + "</p>"
	made := []struct{ name, body string }{
		{"no dates", "<h1>" + title + "</h1>" + filler},
		{"a near date and its repeat far below", "<h1>" + title + "</h1><span>12 March 2021</span>" + filler + "<span>12 March 2021</span>"},
		{"far dates above and below", "<div>Posted 3 May 2020</div>" + filler + "<h1>" + title + "</h1>" + filler + "<small>Updated 4 May 2020</small>"},
		{"nested at one place", "<h1>" + title + "</h1>" + filler + "<span><time datetime=\"2020-05-03\">3 May 2020</time></span><span><b>3 May 2020</b></span>"},
		{"far repeats", "<h1>" + title + "</h1>" + filler + strings.Repeat("<div class=\"date\">Published: 1 June 2019</div><p>x</p>", 5)},
		{"a far dateline", "<h1>" + title + "</h1>" + filler + "<p>29.11.2022 – " + strings.Repeat("more text ", 30) + "</p>"},
		{"no headline", filler + "<span>7 July 2017</span>" + filler + "<span>8 July 2017</span>"},
	}
	for _, tt := range made {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			for _, far := range []bool{true, false} {
				for _, eager := range []bool{false, true} {
					checkLazyFar(t, root, title, far, eager)
				}
			}
		})
	}
	for name, root := range speedPages(t) {
		title := readMeta(root).chooseTitle()
		t.Run(name, func(t *testing.T) {
			for _, far := range []bool{true, false} {
				for _, eager := range []bool{false, true} {
					checkLazyFar(t, root, title, far, eager)
				}
			}
		})
	}
}

// TestLazyFarTextsCorpus checks the far texts read lazily against all
// read at once on every page of both corpora (slow: skipped in -short
// mode).
func TestLazyFarTextsCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, p := range corpusPages(t, 1) {
		root := parseFile(t, p)
		title := readMeta(root).chooseTitle()
		t.Run(fmt.Sprint(filepath.Base(p)), func(t *testing.T) {
			checkLazyFar(t, root, title, true, false)
		})
	}
}
