package main

import (
	"bytes"
	"context"
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// FuzzCleanRecord checks that any --jsonl line gives exactly one line of
// valid JSON, without a panic.
func FuzzCleanRecord(f *testing.F) {
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 3), chrome: true}.html()
	for _, rec := range []map[string]any{
		{"id": "a", "url": "https://gardens.example/frost", "html": page},
		{"id": 1, "text": "Frost tonight\n\n" + sampleParas("Frost", 2)[0]},
		{"id": nil, "html": "<p>tiny</p>"},
		{"html": "\x00\x01binary"},
	} {
		b, _ := json.Marshal(rec)
		f.Add(b)
	}
	f.Add([]byte(`{"id": {"nested": [1, 2]}, "html": "<html"}`))
	f.Add([]byte("not json"))
	opts := &options{maxSize: 1 << 20}
	f.Fuzz(func(t *testing.T, line []byte) {
		line = bytes.ReplaceAll(line, []byte("\n"), nil)
		c := cleanRecord(context.Background(), 1, line, nil, opts)
		out := c.record
		if bytes.Count(out, []byte("\n")) != 1 || out[len(out)-1] != '\n' {
			t.Fatalf("not one line: %q", out)
		}
		if !json.Valid(out) || !utf8.Valid(out) {
			t.Fatalf("not valid JSON: %q", out)
		}
	})
}
