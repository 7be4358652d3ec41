package extract

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/pare-dev/pare/extract/internal/stop"
)

// limitsPage is a small article page of n paragraphs.
func limitsPage(n int) string {
	para := "<p>The ferry to the island left the harbour at seven, and the crossing took a little under an hour in calm weather.</p>\n"
	return "<!DOCTYPE html><html><head><title>Ferry times</title></head><body><article><h1>Ferry times</h1>" +
		strings.Repeat(para, n) + "</article></body></html>"
}

func TestLimits(t *testing.T) {
	deep := "<html><body>" + strings.Repeat("<div>", 40) + "<p>" + repeatSentence("A sentence of the article that runs on.", 5) + "</p>" + strings.Repeat("</div>", 40) + "</body></html>"
	var sb strings.Builder
	for i := range 300 {
		fmt.Fprintf(&sb, "Line %d of a long text dump, with words enough to read as one.\n", i)
	}
	lines := sb.String()
	tests := []struct {
		name   string
		in     string
		opts   Options
		limit  string // the limit the error names; "" for no error
		noText bool   // the article may be missing (a small page)
	}{
		{"elements within the default", limitsPage(50), Options{}, "", false},
		{"bytes over the limit", limitsPage(50), Options{Limits: Limits{MaxBytes: 1000}}, "Limits.MaxBytes", false},
		{"bytes limit off", limitsPage(50), Options{Limits: Limits{MaxBytes: -1}}, "", false},
		{"elements over the limit", limitsPage(50), Options{Limits: Limits{MaxElements: 40}}, "Limits.MaxElements", false},
		{"elements limit off", limitsPage(50), Options{Limits: Limits{MaxElements: -1}}, "", false},
		{"depth over the limit", deep, Options{Limits: Limits{MaxDepth: 30}}, "Limits.MaxDepth", false},
		{"depth within the limit", deep, Options{Limits: Limits{MaxDepth: 50}}, "", false},
		{"closed paragraphs do not nest", limitsPage(50), Options{Limits: Limits{MaxDepth: 8}}, "", false},
		{"lines over the limit", lines, Options{Input: Text, Limits: Limits{MaxLines: 200}}, "Limits.MaxLines", false},
		{"lines within the limit", lines, Options{Input: Text, Limits: Limits{MaxLines: 400}}, "", false},
		{"lines of a page read as text", "<html><body>" + strings.Repeat("<div><font>", 300) + "<p>" + strings.ReplaceAll(lines, "\n", "</p><p>") + "</p></body></html>",
			Options{Limits: Limits{MaxLines: 200}}, "Limits.MaxLines", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ExtractBytes([]byte(tt.in), tt.opts)
			if tt.limit == "" {
				if err != nil {
					t.Fatalf("ExtractBytes: %v", err)
				}
				return
			}
			if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), tt.limit) {
				t.Fatalf("error = %v, want ErrLimit naming %s", err, tt.limit)
			}
		})
	}
}

func TestDefaultLimits(t *testing.T) {
	d := DefaultLimits()
	if got := (Limits{}).resolve(); got != d {
		t.Errorf("zero Limits = %+v, want the defaults %+v", got, d)
	}
	off := Limits{MaxBytes: -1, MaxElements: -1, MaxDepth: -1, MaxLines: -1, Timeout: -1}
	if got := off.resolve(); got != off {
		t.Errorf("negative Limits = %+v, want them kept (no limit)", got)
	}
	// A page of a million paragraphs is refused by the element count.
	page := []byte("<html><body>" + strings.Repeat("<p>w</p>", 1_000_000) + "</body></html>")
	if _, err := ExtractBytes(page, Options{}); !errors.Is(err, ErrLimit) {
		t.Errorf("a million paragraphs: error = %v, want ErrLimit", err)
	}
}

func TestExtractContextStops(t *testing.T) {
	page := []byte(limitsPage(20))
	t.Run("cancelled by the caller", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := ExtractBytesContext(ctx, page, Options{})
		if !errors.Is(err, context.Canceled) || errors.Is(err, ErrLimit) {
			t.Errorf("error = %v, want context.Canceled", err)
		}
	})
	t.Run("the caller's deadline", func(t *testing.T) {
		ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
		defer cancel()
		_, err := ExtractContext(ctx, strings.NewReader(string(page)), Options{})
		if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrLimit) {
			t.Errorf("error = %v, want context.DeadlineExceeded", err)
		}
	})
	t.Run("the text path", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := ExtractBytesContext(ctx, []byte("Title\n\nA line of text that is long enough to count.\n"), Options{Input: Text})
		if !errors.Is(err, context.Canceled) {
			t.Errorf("error = %v, want context.Canceled", err)
		}
	})
	t.Run("the timeout limit", func(t *testing.T) {
		ctx, cancel := Limits{Timeout: time.Nanosecond}.withDeadline(context.Background())
		defer cancel()
		<-ctx.Done()
		err := stop.Stopped(ctx)
		if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "Limits.Timeout") || errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("error = %v, want ErrLimit naming Limits.Timeout", err)
		}
	})
	t.Run("running", func(t *testing.T) {
		if _, err := ExtractBytesContext(context.Background(), page, Options{}); err != nil {
			t.Errorf("ExtractBytesContext: %v", err)
		}
	})
}

// panicReader panics when read.
type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("reader broke") }

// endless is an input that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestExtractEndlessInput(t *testing.T) {
	_, err := Extract(endless{}, Options{Limits: Limits{MaxBytes: 1 << 20}})
	if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "Limits.MaxBytes") {
		t.Errorf("error = %v, want ErrLimit naming Limits.MaxBytes", err)
	}
}

func TestExtractPanicIsInternal(t *testing.T) {
	_, err := Extract(panicReader{}, Options{})
	if !errors.Is(err, ErrInternal) || errors.Is(err, ErrNoContent) || !strings.Contains(err.Error(), "reader broke") {
		t.Errorf("error = %v, want ErrInternal with the panic's value", err)
	}
}
