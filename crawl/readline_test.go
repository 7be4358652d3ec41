package crawl

import (
	"bufio"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestReadLine checks the bounded line reader: lines come without their
// end, a line over the limit is read through and reported, and the one
// after it is read whole.
func TestReadLine(t *testing.T) {
	type line struct {
		text    string
		tooLong bool
	}
	tests := []struct {
		name string
		in   string
		max  int64
		want []line
	}{
		{name: "lines", in: "a\nbb\r\nccc", max: 10, want: []line{{"a", false}, {"bb", false}, {"ccc", false}}},
		{name: "at the limit", in: "12345\n", max: 5, want: []line{{"12345", false}}},
		{name: "one byte over", in: "123456\nok\n", max: 5, want: []line{{"", true}, {"ok", false}}},
		{name: "far over, past the buffer", in: strings.Repeat("x", 100_000) + "\nnext", max: 50, want: []line{{"", true}, {"next", false}}},
		{name: "last line over, without its end", in: "ok\n" + strings.Repeat("y", 20), max: 10, want: []line{{"ok", false}, {"", true}}},
		{name: "blank line", in: "\n\nz\n", max: 5, want: []line{{"", false}, {"", false}, {"z", false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			br := bufio.NewReaderSize(strings.NewReader(tt.in), 16)
			var got []line
			for {
				l, tooLong, err := ReadLine(br, tt.max)
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, line{string(l), tooLong})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("line %d: got %+v, want %+v", i+1, got[i], tt.want[i])
				}
			}
		})
	}
}
