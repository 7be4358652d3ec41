package mdsafe

import (
	"strings"
	"testing"
	"unsafe"
)

// TestSafeMarkdownCopy holds SafeMarkdownCopy to SafeMarkdown's output and
// checks that its result never points into the string it was given, so
// that a block's Markdown cut from a long run does not keep the run alive.
func TestSafeMarkdownCopy(t *testing.T) {
	for _, tc := range []struct {
		name string
		md   string
	}{
		{"heading with nothing to escape", "## Part 12"},
		{"plain words", "a sentence of plain words"},
		{"marked punctuation", MarkText("Paragraph 3: the end.")},
		{"needs escaping", "1. not a list *really*"},
		{"link", "[" + MarkText("a link") + "](https://example.org/a)"},
		{"fenced code", "```\ncode *here*\n```"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// The block's Markdown as a piece of a longer run.
			run := "x\n\n" + tc.md + "\n\ny"
			md := run[3 : 3+len(tc.md)]
			got := SafeMarkdownCopy(md, true)
			if want := SafeMarkdown(md, true); got != want {
				t.Fatalf("SafeMarkdownCopy(%q) = %q, SafeMarkdown gives %q", md, got, want)
			}
			if got == "" {
				return
			}
			lo := uintptr(unsafe.Pointer(unsafe.StringData(run)))
			p := uintptr(unsafe.Pointer(unsafe.StringData(got)))
			if p >= lo && p < lo+uintptr(len(run)) {
				t.Errorf("SafeMarkdownCopy(%q) = %q shares the run's memory", md, got)
			}
			if strings.Contains(got, "\xF3\xB0") {
				t.Errorf("SafeMarkdownCopy(%q) = %q keeps marks", md, got)
			}
		})
	}
}
