package htmlpage

import (
	"testing"

	"github.com/pare-dev/pare/internal/mdsafe"
)

// TestSafeMarkdownCorpus renders every block of a spread of the shared
// corpora's pages (every one with PARE_SAFE_STEP=1), as renderRun does,
// with images and without, and holds SafeMarkdown's quick paths to its
// full escape on each.
func TestSafeMarkdownCorpus(t *testing.T) {
	base := linkBase(plainDomain)
	var r inlineReader
	checked := 0
	pages, blocks := eachCorpusBlock(t, "PARE_SAFE_STEP", plainDomain, func(page string, i int, src blockSource) {
		for _, images := range []bool{true, false} {
			md, ok := src.plainMarkdown()
			if !ok {
				md, ok = r.markdown(src, base, images)
			}
			if !ok {
				md = renderMarkdown(src, plainDomain, images)
			}
			for _, plainSpaces := range []bool{true, false} {
				checked++
				if got, want := mdsafe.SafeMarkdown(md, plainSpaces), mdsafe.FullSafeMarkdown(md, plainSpaces); got != want {
					t.Errorf("%s, block %d, images %v, plain spaces %v: SafeMarkdown(%q) = %q, the full escape %q",
						page, i, images, plainSpaces, md, got, want)
				}
			}
		}
	})
	t.Logf("%d pages, %d blocks, %d renderings checked", pages, blocks, checked)
}
