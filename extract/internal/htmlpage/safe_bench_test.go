package htmlpage

import (
	"testing"

	"github.com/pare-dev/pare/internal/mdsafe"
)

// BenchmarkSafeMarkdown runs SafeMarkdown on the marked Markdown of every
// block of a spread of the shared corpora's pages, rendered as renderRun
// renders each alone; it is skipped when the corpora are not there.
//
//	go test ./extract/internal/htmlpage -run '^$' -bench SafeMarkdown -cpu 1
func BenchmarkSafeMarkdown(b *testing.B) {
	base := linkBase(plainDomain)
	var r inlineReader
	for _, set := range []string{"corpus", "corpus-body"} {
		pages, _ := benchSplits(b, set)
		var mds []string
		size := 0
		for _, bb := range pages {
			for _, s := range bb.srcs {
				md, ok := s.plainMarkdown()
				if !ok {
					md, ok = r.markdown(s, base, false)
				}
				if !ok {
					md = renderMarkdown(s, plainDomain, false)
				}
				mds = append(mds, md)
				size += len(md)
			}
		}
		b.Run("set="+set, func(b *testing.B) {
			if len(mds) == 0 {
				b.Skip("no corpus")
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, md := range mds {
					mdsafe.SafeMarkdown(md, true)
				}
			}
		})
	}
}
