package htmlpage

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
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
		paths, _ := filepath.Glob(filepath.Join("../../../../shared", set, "html", "*.html"))
		sort.Strings(paths)
		var mds []string
		size := 0
		for i := 0; i < len(paths); i += max(1, len(paths)/100) {
			src, err := os.ReadFile(paths[i])
			if err != nil {
				b.Fatal(err)
			}
			root, err := html.Parse(bytes.NewReader(src))
			if err != nil {
				b.Fatal(err)
			}
			setAtoms(root)
			for _, s := range splitPage(root, plainDomain, false).srcs {
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
