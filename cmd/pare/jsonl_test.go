package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// jsonLine returns v as one line of JSON.
func jsonLine(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n"
}

// decodeLines decodes each line of out as a JSON object.
func decodeLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("output line %d is not JSON: %v\n%s", i+1, err, line)
		}
		recs = append(recs, m)
	}
	return recs
}

// TestJSONLOrder checks one result per input line, in input order, whatever
// the number of workers.
func TestJSONLOrder(t *testing.T) {
	var in strings.Builder
	const n = 60
	for i := range n {
		a := article{title: fmt.Sprintf("Diary %d", i), paras: sampleParas(fmt.Sprintf("Day %d", i), 2+i%5)}
		in.WriteString(jsonLine(t, map[string]any{"id": fmt.Sprint("p", i), "url": fmt.Sprintf("https://gardens.example/d/%d", i), "html": a.html()}))
	}
	for _, j := range []string{"1", "4"} {
		t.Run("-j "+j, func(t *testing.T) {
			r := runCLI(t, in.String(), "--jsonl", "-j", j)
			if r.code != 0 || r.stderr != "" {
				t.Fatalf("status %d:\n%s", r.code, r.stderr)
			}
			recs := decodeLines(t, r.stdout)
			if len(recs) != n {
				t.Fatalf("%d records, want %d", len(recs), n)
			}
			for i, rec := range recs {
				if rec["id"] != fmt.Sprint("p", i) || rec["title"] != fmt.Sprintf("Diary %d", i) {
					t.Errorf("record %d: id %v, title %v", i, rec["id"], rec["title"])
				}
				if rec["url"] != fmt.Sprintf("https://gardens.example/d/%d", i) {
					t.Errorf("record %d: url %v", i, rec["url"])
				}
				if md, _ := rec["markdown"].(string); !strings.HasPrefix(md, fmt.Sprintf("Day %d: ", i)) {
					t.Errorf("record %d: markdown %q", i, md)
				}
			}
		})
	}
}

// TestJSONLRecords checks the result of each kind of input line.
func TestJSONLRecords(t *testing.T) {
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 3)}.html()
	dump := "Frost tonight\n\n" + strings.Join(sampleParas("Frost", 3), "\n\n")
	tests := []struct {
		name  string
		line  string
		id    any    // the id the result must carry; nil: none
		title string // the title it must carry, when it is no error
		err   string // a substring of its error
	}{
		{name: "html", line: jsonLine(t, map[string]any{"id": "a", "html": page}), id: "a", title: "Frost tonight"},
		{name: "text", line: jsonLine(t, map[string]any{"id": 7, "text": dump}), id: 7.0},
		{name: "no id", line: jsonLine(t, map[string]any{"html": page}), title: "Frost tonight"},
		{name: "malformed", line: "{\"id\": \"b\", \"html\": \n", err: "not a JSON record"},
		{name: "not an object", line: "[1, 2]\n", err: "not a JSON record"},
		{name: "blank line", line: "\n", err: "not a JSON record"},
		{name: "neither html nor text", line: jsonLine(t, map[string]any{"id": "c", "url": "https://x.example/"}), id: "c", err: `neither "html" nor "text"`},
		{name: "empty page", line: jsonLine(t, map[string]any{"id": "d", "html": " "}), id: "d", err: "input is empty"},
		{name: "no trailing newline", line: strings.TrimSuffix(jsonLine(t, map[string]any{"id": "e", "html": page}), "\n"), id: "e", title: "Frost tonight"},
		{name: "carriage return", line: strings.TrimSuffix(jsonLine(t, map[string]any{"id": "f", "html": page}), "\n") + "\r\n", id: "f", title: "Frost tonight"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The line sits between two good ones, to show the stream goes on.
			good := jsonLine(t, map[string]any{"id": "ok", "html": page})
			in := good + tt.line
			if strings.HasSuffix(tt.line, "\n") {
				in += good
			}
			r := runCLI(t, in, "--jsonl")
			if r.code != 0 {
				t.Fatalf("status %d:\n%s", r.code, r.stderr)
			}
			recs := decodeLines(t, r.stdout)
			if want := strings.Count(in, "\n") + map[bool]int{true: 0, false: 1}[strings.HasSuffix(in, "\n")]; len(recs) != want {
				t.Fatalf("%d records for %d lines:\n%s", len(recs), want, r.stdout)
			}
			rec := recs[1]
			if rec["id"] != tt.id {
				t.Errorf("id %v, want %v", rec["id"], tt.id)
			}
			msg, _ := rec["error"].(string)
			switch {
			case tt.err == "" && msg != "":
				t.Errorf("error %q", msg)
			case tt.err != "" && !strings.Contains(msg, tt.err):
				t.Errorf("error %q, want %q", msg, tt.err)
			case tt.err != "" && rec["line"] != 2.0:
				t.Errorf("error record line %v, want 2", rec["line"])
			case tt.err != "" && rec["markdown"] != nil:
				t.Errorf("error record has markdown")
			}
			if tt.title != "" && rec["title"] != tt.title {
				t.Errorf("title %v, want %q", rec["title"], tt.title)
			}
			for _, other := range []map[string]any{recs[0], recs[len(recs)-1]} {
				if other["id"] == "ok" && other["error"] != nil {
					t.Errorf("a good line failed: %v", other)
				}
			}
		})
	}
}

// TestJSONLTooLong checks that an overlong line gives an error record and
// the stream goes on.
func TestJSONLTooLong(t *testing.T) {
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 3)}.html()
	long := jsonLine(t, map[string]any{"id": "big", "html": strings.Repeat("x", 200_000)})
	good := jsonLine(t, map[string]any{"id": "ok", "html": page})
	r := runCLI(t, good+long+good, "--jsonl", "--max-size", "100000")
	recs := decodeLines(t, r.stdout)
	if r.code != 0 || len(recs) != 3 {
		t.Fatalf("status %d, %d records:\n%s", r.code, len(recs), r.stderr)
	}
	if msg, _ := recs[1]["error"].(string); !strings.Contains(msg, "longer than --max-size") {
		t.Errorf("record 2: %v", recs[1])
	}
	if recs[2]["title"] != "Frost tonight" {
		t.Errorf("record 3: %v", recs[2])
	}
}

// TestJSONLUsage checks what --jsonl refuses.
func TestJSONLUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--jsonl", "-", "page.html"},
		{"--jsonl", "-o", "out.jsonl"},
		{"--jsonl", "--format", "text"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			if r := runCLI(t, "", args...); r.code != 2 || r.stdout != "" {
				t.Errorf("status %d, stdout %q", r.code, r.stdout)
			}
		})
	}
}

// TestJSONLInterrupted checks that an interrupted stream exits 130.
func TestJSONLInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 3)}.html()
	r := runCLIContext(t, ctx, false, jsonLine(t, map[string]any{"id": 1, "html": page}), "--jsonl")
	if r.code != 130 {
		t.Errorf("status %d, want 130:\n%s", r.code, r.stderr)
	}
}

// TestJSONLExplain checks that --explain names the input line of each
// removal on stderr.
func TestJSONLExplain(t *testing.T) {
	page := article{title: "Frost tonight", paras: append([]string{"Frost tonight"}, sampleParas("Frost", 3)...)}.html()
	in := jsonLine(t, map[string]any{"id": 1, "html": page}) + jsonLine(t, map[string]any{"id": 2, "html": page})
	r := runCLI(t, in, "--jsonl", "--explain", "-j", "2")
	want := "line 1: removed by title-repeat: Frost tonight\nline 2: removed by title-repeat: Frost tonight\n"
	if r.code != 0 || removals(r.stderr) != want {
		t.Errorf("status %d, stderr %q, want %q", r.code, r.stderr, want)
	}
}
