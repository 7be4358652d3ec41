package textdump

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestLinePoolReuse reads the dumps one after the other, forwards and
// then backwards, so that each page's lines are read into slices an
// earlier page's lines were in (putLines), in two orders: a page's
// document must not depend on which page went before it.
func TestLinePoolReuse(t *testing.T) {
	var dumps []string
	for _, glob := range []string{
		filepath.Join("..", "..", "..", "testdata", "text", "*.txt"),
		filepath.Join("..", "..", "..", "..", "shared", "corpus", "text", "*.txt"),
	} {
		files, _ := filepath.Glob(glob)
		for k, f := range files {
			if k%4 != 0 && len(files) > 100 {
				continue // a spread of the corpus is enough
			}
			d, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			dumps = append(dumps, string(d))
		}
	}
	if len(dumps) < 2 {
		t.Skip("no dumps")
	}
	forward := make([]any, len(dumps))
	for i, d := range dumps {
		forward[i] = FromText(d)
	}
	for i := len(dumps) - 1; i >= 0; i-- {
		if got := FromText(dumps[i]); !reflect.DeepEqual(got, forward[i]) {
			t.Errorf("dump %d read after dump %d differs from its reading after dump %d", i, i+1, i-1)
		}
	}
}
