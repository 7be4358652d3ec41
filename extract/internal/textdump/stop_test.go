package textdump

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract/internal/stop"
)

// TestReadLinesStops checks that the loop over a dump's lines looks at its
// context (moved from extract's TestExtractContextStops).
func TestReadLinesStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dump := strings.Repeat("A line of the dump.\n", 3*stop.CheckEvery)
	if _, err := readLinesContext(ctx, dump); !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want context.Canceled", err)
	}
}
