package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOne drives the one-page command: a file or standard input to standard
// output or a file.
func TestOne(t *testing.T) {
	dir := t.TempDir()
	page := article{title: "Covering the beds before the frost", url: "https://gardens.example/frost",
		paras: sampleParas("Frost", 5), chrome: true}
	pagePath := writeFile(t, dir, "frost.html", page.html())
	dump := "Covering the beds before the frost\n\n" + strings.Join(sampleParas("Frost", 4), "\n\n") + "\n"
	dumpPath := writeFile(t, dir, "frost.txt", dump)
	emptyPath := writeFile(t, dir, "empty.html", "  \n")
	binPath := writeFile(t, dir, "image.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00")
	imgPage := article{title: "A photo of the greenhouse", paras: sampleParas("Glass", 4),
		extra: `<figure><img src="/img/greenhouse.jpg" alt="The greenhouse in winter"><figcaption>The greenhouse</figcaption></figure>`}
	imgPath := writeFile(t, dir, "photo.html", imgPage.html())

	tests := []struct {
		name        string
		stdin       string
		args        []string
		code        int
		stdout      []string // substrings stdout must hold
		notStdout   []string // substrings stdout must not hold
		stderr      string   // a substring stderr must hold; "" means stderr must be empty
		emptyStdout bool
	}{
		{name: "file to stdout", args: []string{pagePath},
			stdout:    []string{"---\ntitle: Covering the beds before the frost\n", "url: https://gardens.example/frost\n", "# Covering the beds before the frost\n", "Frost: The first frost came early"},
			notStdout: []string{"Imprint", "Kitchen"}},
		{name: "stdin by dash", stdin: page.html(), args: []string{"-"},
			stdout: []string{"# Covering the beds before the frost\n"}, notStdout: []string{"source:"}},
		{name: "stdin without argument", stdin: page.html(),
			stdout: []string{"# Covering the beds before the frost\n"}},
		{name: "no front matter", args: []string{"--front-matter=false", pagePath},
			stdout: []string{"# Covering the beds before the frost\n", "\n<https://gardens.example/frost>\n"}, notStdout: []string{"---\n", "title:"}},
		{name: "url flag", args: []string{"--url", "https://other.example/a/b", pagePath},
			stdout: []string{"url: https://other.example/a/b\n"}},
		{name: "text input", args: []string{"--input", "text", dumpPath},
			stdout: []string{"Frost: The first frost came early"}},
		{name: "images kept", args: []string{"--images", imgPath},
			stdout: []string{"greenhouse.jpg"}},
		{name: "images dropped by default", args: []string{imgPath},
			notStdout: []string{"greenhouse.jpg"}},
		{name: "json format", args: []string{"--format", "json", pagePath},
			stdout: []string{`"title":"Covering the beds before the frost"`, `"url":"https://gardens.example/frost"`, `"markdown":"Frost: The first frost`}},
		{name: "text format", args: []string{"--format", "text", pagePath},
			stdout: []string{"Covering the beds before the frost\n\nFrost: The first frost"}, notStdout: []string{"#", "---"}},
		{name: "missing file", args: []string{filepath.Join(dir, "nope.html")},
			code: 1, emptyStdout: true, stderr: "nope.html: no such file or directory"},
		{name: "empty file", args: []string{emptyPath},
			code: 1, emptyStdout: true, stderr: "empty.html: input is empty"},
		{name: "empty stdin", stdin: "",
			code: 1, emptyStdout: true, stderr: "<stdin>: input is empty"},
		{name: "binary file", args: []string{binPath},
			code: 1, emptyStdout: true, stderr: "image.png: input is binary"},
		{name: "no article", stdin: "<html><head><title>Nothing</title></head><body><div></div></body></html>", args: []string{"--input", "html"},
			code: 1, emptyStdout: true, stderr: "<stdin>: no article found"},
		{name: "unknown flag", args: []string{"--frobnicate"},
			code: 2, emptyStdout: true, stderr: "unknown flag"},
		{name: "bad input kind", args: []string{"--input", "pdf", pagePath},
			code: 2, emptyStdout: true, stderr: `input must be "auto", "html" or "text"`},
		{name: "bad format", args: []string{"--format", "docx", pagePath},
			code: 2, emptyStdout: true, stderr: "format must be"},
		{name: "negative workers", args: []string{"-j", "-1", pagePath},
			code: 2, emptyStdout: true, stderr: "--jobs must be positive"},
		{name: "bad glob", args: []string{"--include", "[a", pagePath},
			code: 2, emptyStdout: true, stderr: "bad glob"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.stdin, tt.args...)
			if r.code != tt.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", r.code, tt.code, r.stderr)
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
			if tt.emptyStdout && r.stdout != "" {
				t.Errorf("stdout not empty:\n%s", r.stdout)
			}
			switch {
			case tt.stderr == "" && r.stderr != "":
				t.Errorf("stderr not empty:\n%s", r.stderr)
			case tt.stderr != "" && !strings.Contains(r.stderr, tt.stderr):
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if tt.code == 1 && strings.Count(strings.TrimRight(r.stderr, "\n"), "\n") != 0 {
				t.Errorf("failure takes more than one line:\n%s", r.stderr)
			}
		})
	}
}

// TestOneOutputFile checks that -o writes the file and nothing to stdout,
// and leaves no temporary file beside it.
func TestOneOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "in/frost.html", article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html())
	out := filepath.Join(dir, "out", "frost.md")
	r := runCLI(t, "", "-o", out, in)
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("status %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if got := readFile(t, out); !strings.HasPrefix(got, "---\ntitle: Frost tonight\n") {
		t.Errorf("output:\n%s", got)
	}
	if files := listFiles(t, filepath.Join(dir, "out")); len(files) != 1 {
		t.Errorf("output folder holds %v", files)
	}
}

// TestOneJSONFields checks the JSON record's field names, which are part of
// pare's interface.
func TestOneJSONFields(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "frost.html", article{title: "Frost tonight", url: "https://gardens.example/frost", paras: sampleParas("Frost", 4)}.html())
	r := runCLI(t, "", "--format", "json", in)
	var rec map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &rec); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	for _, k := range []string{"source", "url", "title", "date", "author", "site", "lang", "markdown"} {
		if _, ok := rec[k]; !ok {
			t.Errorf("record lacks %q: %v", k, rec)
		}
	}
	if _, ok := rec["error"]; ok {
		t.Errorf("record has an error: %v", rec)
	}
	if strings.Count(r.stdout, "\n") != 1 {
		t.Errorf("record is not one line:\n%s", r.stdout)
	}
}

// TestCobra checks help, version, completion and man pages.
func TestCobra(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"help", []string{"--help"}, []string{"Usage:", "Examples:", "pare -o out/ saved-pages/", "--jsonl", "--no-learn",
			"--max-size BYTES", "3 an input met a bug in pare", "130 interrupted"}},
		{"version", []string{"--version"}, []string{"pare " + version + "\n"}},
		{"completion bash", []string{"completion", "bash"}, []string{"bash completion", "__pare"}},
		{"completion zsh", []string{"completion", "zsh"}, []string{"#compdef pare"}},
		{"completion fish", []string{"completion", "fish"}, []string{"complete -c pare"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != 0 {
				t.Fatalf("status %d: %s", r.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("stdout lacks %q:\n%.400s", w, r.stdout)
				}
			}
		})
	}
	t.Run("man", func(t *testing.T) {
		dir := t.TempDir()
		r := runCLI(t, "", "man", dir)
		if r.code != 0 {
			t.Fatalf("status %d: %s", r.code, r.stderr)
		}
		man := readFile(t, filepath.Join(dir, "pare.1"))
		for _, w := range []string{".TH \"PARE\" \"1\"", `\fB--files-from\fP`, "EXAMPLE"} {
			if !strings.Contains(man, w) {
				t.Errorf("pare.1 lacks %q", w)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "pare-completion.1")); err != nil {
			t.Errorf("no page for the completion command: %v", err)
		}
	})
}

// TestOneExplain checks that --explain names each removed block and its
// rule on stderr, and leaves stdout as it was.
func TestOneExplain(t *testing.T) {
	dir := t.TempDir()
	page := article{title: "Frost tonight", paras: append([]string{"Frost tonight"}, sampleParas("Frost", 3)...)}
	in := writeFile(t, dir, "frost.html", page.html())
	plain := runCLI(t, "", in)
	r := runCLI(t, "", "--explain", in)
	if r.code != 0 || plain.code != 0 {
		t.Fatalf("status %d, %d:\n%s", r.code, plain.code, r.stderr)
	}
	if want := in + ": removed by title-repeat: Frost tonight\n"; removals(r.stderr) != want {
		t.Errorf("stderr %q, want the removal %q", r.stderr, want)
	}
	if want := in + ": article: chosen: readability"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr %q, want the line %q", r.stderr, want)
	}
	if r.stdout != plain.stdout {
		t.Errorf("--explain changed stdout")
	}
	if plain.stderr != "" {
		t.Errorf("stderr without --explain: %q", plain.stderr)
	}
}

// removals returns the lines of an explanation that name removals.
func removals(stderr string) string {
	var sb strings.Builder
	for l := range strings.Lines(stderr) {
		if strings.Contains(l, ": removed by ") {
			sb.WriteString(l)
		}
	}
	return sb.String()
}

// TestTextExplain checks that --explain prints a text dump's headline
// candidates, from a file and from a JSON Lines stream, and that the
// output without --explain is the same.
func TestTextExplain(t *testing.T) {
	dump := "Valley Courier\n\nRiver ferry to run again after a dry summer\n\n2 June 2025\n\n" +
		"The ferry across the river will run again from Monday, the town council said on Tuesday, after a long dry summer kept it moored at the old quay for eleven weeks.\n\n" +
		"Low water had left the crossing too shallow for the boat, and travellers drove forty minutes round by the bridge at Millford while the river stayed low.\n\n" +
		"The council said the first crossing on Monday leaves at seven in the morning, and the timetable of the spring will hold until the end of the autumn.\n"
	dir := t.TempDir()
	in := writeFile(t, dir, "ferry.txt", dump)
	tests := []struct {
		name, stdin string
		args        []string
		prefix      string
	}{
		{"file", "", []string{"--input", "text", in}, in + ": article: headline 1: "},
		{"jsonl", jsonLine(t, map[string]any{"id": 1, "text": dump}), []string{"--jsonl"}, "line 1: article: headline 1: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain := runCLI(t, tt.stdin, tt.args...)
			r := runCLI(t, tt.stdin, append([]string{"--explain"}, tt.args...)...)
			if r.code != 0 || plain.code != 0 {
				t.Fatalf("status %d, %d:\n%s", r.code, plain.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.prefix) || !strings.Contains(r.stderr, "River ferry to run again") {
				t.Errorf("stderr %q, want a line starting %q naming the headline", r.stderr, tt.prefix)
			}
			if r.stdout != plain.stdout {
				t.Errorf("--explain changed stdout")
			}
			if strings.Contains(plain.stderr, "headline") {
				t.Errorf("stderr without --explain: %q", plain.stderr)
			}
		})
	}
}
