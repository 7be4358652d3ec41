package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputOptions checks --no-links, --no-tables, --no-images,
// --min-words and --lang on one page each.
func TestOutputOptions(t *testing.T) {
	dir := t.TempDir()
	table := `<table><tr><th>Bed</th><th>Cover</th></tr><tr><td>Carrots</td><td>Fleece</td></tr><tr><td>Leeks</td><td>Straw</td></tr></table>`
	link := `<p>Read more in <a href="https://tools.example/mulch">our guide to mulch</a> before the first frost comes.</p>`
	img := `<figure><img src="/img/beds.jpg" alt="The covered beds"><figcaption>The beds</figcaption></figure>`
	page := article{title: "Covering the beds before the frost", url: "https://gardens.example/frost",
		paras: sampleParas("Frost", 5), extra: link + table + img}
	path := writeFile(t, dir, "frost.html", page.html())

	tests := []struct {
		name      string
		args      []string
		code      int
		stdout    []string
		notStdout []string
		stderr    string
	}{
		{name: "links by default", args: []string{path}, stdout: []string{"[our guide to mulch](https://tools.example/mulch)", "| Bed | Cover |"}},
		{name: "no links", args: []string{"--no-links", path}, stdout: []string{"Read more in our guide to mulch before"}, notStdout: []string{"](", "tools.example/mulch"}},
		{name: "no tables", args: []string{"--no-tables", path}, stdout: []string{"our guide to mulch"}, notStdout: []string{"Carrots", "| Bed"}},
		{name: "images kept", args: []string{"--images", path}, stdout: []string{"beds.jpg"}},
		{name: "no images wins", args: []string{"--images", "--no-images", path}, notStdout: []string{"beds.jpg"}},
		{name: "no images alone", args: []string{"--no-images", path}, notStdout: []string{"beds.jpg"}},
		{name: "long enough", args: []string{"--min-words", "50", path}, stdout: []string{"# Covering the beds"}},
		{name: "too short", args: []string{"--min-words", "100000", path}, code: 1, stderr: "too short: 184 words (--min-words 100000)"},
		{name: "negative min words", args: []string{"--min-words", "-1", path}, code: 2, stderr: "--min-words"},
		{name: "language kept", args: []string{"--lang", "de,en", path}, stdout: []string{"# Covering the beds"}},
		{name: "language skipped", args: []string{"--lang", "de", path}, stderr: "skipped: language en"},
		{name: "bad language", args: []string{"--lang", "english", path}, code: 2, stderr: "not a language code"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", r.code, tt.code, r.stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range tt.notStdout {
				if strings.Contains(r.stdout, s) {
					t.Errorf("stdout holds %q:\n%s", s, r.stdout)
				}
			}
			if tt.stderr == "" && r.stderr != "" || !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr %q, want %q", r.stderr, tt.stderr)
			}
		})
	}
}

// TestLangSkipsInBatchesAndStreams checks that --lang reports pages in
// other languages as skipped, not failed: in a batch's summary, in a JSON
// Lines stream from stdin and from named inputs.
func TestLangSkipsInBatchesAndStreams(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	en := article{title: "Covering the beds before the frost", paras: sampleParas("Frost", 4)}
	de := article{title: "Beete vor dem Frost abdecken", lang: "de", paras: sampleParas("Frost", 4)}
	writeFile(t, in, "en.html", en.html())
	writeFile(t, in, "de.html", de.html())

	t.Run("batch", func(t *testing.T) {
		out := filepath.Join(dir, "out") + string(filepath.Separator)
		r := runCLI(t, "", "--lang", "en", "-o", out, in)
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "1 done, 1 skipped, 0 failed") {
			t.Errorf("summary: %q", r.stderr)
		}
		if _, err := os.Stat(filepath.Join(out, "de.md")); err == nil {
			t.Errorf("de.md written")
		}
		if _, err := os.Stat(filepath.Join(out, "en.md")); err != nil {
			t.Errorf("en.md missing: %v", err)
		}
	})
	t.Run("stdin stream", func(t *testing.T) {
		var lines []string
		for i, p := range []article{en, de} {
			b, _ := json.Marshal(map[string]any{"id": i, "html": p.html()})
			lines = append(lines, string(b))
		}
		r := runCLI(t, strings.Join(lines, "\n")+"\n", "--jsonl", "--lang", "en")
		recs := decodeLines(t, r.stdout)
		if r.code != 0 || len(recs) != 2 {
			t.Fatalf("exit %d, %d records: %s", r.code, len(recs), r.stdout)
		}
		if recs[0]["markdown"] == nil || recs[0]["skipped"] != nil {
			t.Errorf("English record: %v", recs[0])
		}
		if recs[1]["skipped"] != "language de (--lang en)" || recs[1]["error"] != nil || recs[1]["id"] != float64(1) {
			t.Errorf("German record: %v", recs[1])
		}
	})
	t.Run("named inputs", func(t *testing.T) {
		r := runCLI(t, "", "--jsonl", "--lang", "en", in)
		recs := decodeLines(t, r.stdout)
		if r.code != 0 || len(recs) != 2 {
			t.Fatalf("exit %d, %d records: %s", r.code, len(recs), r.stdout)
		}
		for _, rec := range recs {
			if strings.HasSuffix(rec["source"].(string), "de.html") != (rec["skipped"] != nil) || rec["error"] != nil {
				t.Errorf("record: %v", rec)
			}
		}
	})
}

// TestChunkFlag checks --chunk on one page, in a batch, and its usage
// errors.
func TestChunkFlag(t *testing.T) {
	dir := t.TempDir()
	page := article{title: "Covering the beds before the frost", url: "https://gardens.example/frost",
		paras: sampleParas("Frost", 8), extra: "<h2>Mulch</h2><p>" + strings.Join(sampleParas("Mulch", 3), " ") + "</p>"}
	path := writeFile(t, dir, "frost.html", page.html())

	r := runCLI(t, "", "--chunk", "40", path)
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	recs := decodeLines(t, r.stdout)
	if len(recs) < 3 {
		t.Fatalf("%d chunks: %s", len(recs), r.stdout)
	}
	var texts []string
	for i, rec := range recs {
		if rec["chunk"] != float64(i) || rec["url"] != "https://gardens.example/frost" || rec["title"] != page.title {
			t.Errorf("chunk %d: %v", i, rec)
		}
		texts = append(texts, rec["text"].(string))
	}
	last := recs[len(recs)-1]["heading_path"].([]any)
	if len(last) != 2 || last[1] != "Mulch" {
		t.Errorf("last chunk's heading path %v", last)
	}
	md := runCLI(t, "", "--format", "json", path)
	var whole map[string]any
	json.Unmarshal([]byte(md.stdout), &whole)
	if got, want := strings.Join(strings.Fields(strings.Join(texts, " ")), " "), strings.Join(strings.Fields(whole["markdown"].(string)), " "); got != want {
		t.Errorf("chunks re-joined:\n%s\nbody:\n%s", got, want)
	}

	out := filepath.Join(dir, "out") + string(filepath.Separator)
	if r := runCLI(t, "", "--chunk", "40", "-o", out, path); r.code != 0 {
		t.Fatalf("batch: exit %d: %s", r.code, r.stderr)
	}
	if b, err := os.ReadFile(filepath.Join(out, "frost.jsonl")); err != nil || len(decodeLines(t, string(b))) != len(recs) {
		t.Errorf("batch output: %v", err)
	}

	for _, args := range [][]string{{"--chunk", "-3", path}, {"--chunk", "40", "--jsonl"}} {
		if r := runCLI(t, "", args...); r.code != 2 || !strings.Contains(r.stderr, "--chunk") {
			t.Errorf("%v: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}
