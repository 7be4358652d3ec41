package textdump

import (
	"os"
	"path/filepath"
	"testing"
)

// eachDump runs check, in a subtest a set, on every dump of the fixtures
// and of the corpora beside the repository; a set that is not there is
// skipped.
func eachDump(t *testing.T, check func(t *testing.T, name, dump string)) {
	t.Helper()
	sets := []struct{ name, glob string }{
		{"fixtures", filepath.Join("..", "..", "..", "testdata", "text", "*.txt")},
		{"corpus-text", filepath.Join("..", "..", "..", "..", "shared", "corpus", "text", "*.txt")},
		{"corpus-innertext", filepath.Join("..", "..", "..", "..", "shared", "corpus", "innertext", "*.txt")},
		{"body-text", filepath.Join("..", "..", "..", "..", "shared", "corpus-body", "text", "*.txt")},
	}
	for _, set := range sets {
		t.Run(set.name, func(t *testing.T) {
			files, _ := filepath.Glob(set.glob)
			if len(files) == 0 {
				t.Skip("no dumps")
			}
			for _, f := range files {
				d, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				check(t, filepath.Base(f), string(d))
			}
		})
	}
}
