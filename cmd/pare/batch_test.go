package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// summaryRE matches the closing summary of a batch.
var summaryRE = regexp.MustCompile(`(?m)^pare: (interrupted: )?(\d+) done, (\d+) skipped, (\d+) failed in [0-9.]+(ms|s|µs)( \(\d+ files/s\))?$`)

// summary returns the counts of the summary on stderr.
func summary(t *testing.T, stderr string) (done, skipped, failed string) {
	t.Helper()
	m := summaryRE.FindStringSubmatch(stderr)
	if m == nil {
		t.Fatalf("no summary on stderr:\n%s", stderr)
	}
	return m[2], m[3], m[4]
}

// siteTree writes n pages of one made-up site under dir/sub, each with the
// same newsletter box inside the article, and returns their paths.
func siteTree(t *testing.T, dir, sub string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		a := article{
			title: fmt.Sprintf("Garden diary, week %d", i+1),
			url:   fmt.Sprintf("https://gardens.example/diary/week-%d", i+1),
			paras: sampleParas(fmt.Sprintf("Week %d", i+1), 5),
			extra: "<p>Get the garden letter every Friday: seasonal tips, no spam, unsubscribe at any time.</p>\n",
		}
		paths = append(paths, writeFile(t, dir, fmt.Sprintf("%s/week-%02d.html", sub, i+1), a.html()))
	}
	return paths
}

// TestBatchTree checks that folders are walked and mirrored, loose files go
// to the top of the output folder, and the summary counts them.
func TestBatchTree(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, in, "a/b/page.html", article{title: "Deep page", paras: sampleParas("Deep", 4)}.html())
	writeFile(t, in, "a/top.htm", article{title: "Top page", paras: sampleParas("Top", 4)}.html())
	writeFile(t, in, "dump.txt", "A text dump\n\n"+strings.Join(sampleParas("Dump", 3), "\n\n"))
	writeFile(t, in, "style.css", "body { color: black }")
	writeFile(t, in, ".hidden/secret.html", article{title: "Hidden", paras: sampleParas("Hidden", 3)}.html())
	more := writeFile(t, dir, "loose/more.html", article{title: "More", paras: sampleParas("More", 4)}.html())
	out := filepath.Join(dir, "out")

	r := runCLI(t, "", "-o", out+"/", in, more)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("status %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
	}
	want := []string{"a/b/page.md", "a/top.md", "dump.md", "more.md"}
	if got := listFiles(t, out); !slices.Equal(got, want) {
		t.Errorf("outputs %v, want %v", got, want)
	}
	if got := readFile(t, filepath.Join(out, "a/b/page.md")); !strings.Contains(got, "# Deep page\n") {
		t.Errorf("a/b/page.md:\n%s", got)
	}
	if d, s, f := summary(t, r.stderr); d != "4" || s != "0" || f != "0" {
		t.Errorf("summary %s done %s skipped %s failed:\n%s", d, s, f, r.stderr)
	}
}

// TestBatchFilters checks --include, --exclude and --files-from.
func TestBatchFilters(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	for _, name := range []string{"news/one.html", "news/two.htm", "tag/three.html", "notes.txt", "four.php"} {
		writeFile(t, in, name, article{title: "Page " + name, paras: sampleParas(name, 4)}.html())
	}
	list := "news/one.html\n\ntag/three.html\r\n"
	listPath := writeFile(t, dir, "list.txt", list)

	tests := []struct {
		name  string
		stdin string
		args  []string
		want  []string
	}{
		{"defaults", "", []string{in}, []string{"news/one.md", "news/two.md", "notes.md", "tag/three.md"}},
		{"include", "", []string{"--include", "*.php", "--include", "*.htm", in}, []string{"four.md", "news/two.md"}},
		{"exclude base name", "", []string{"--exclude", "*.txt", in}, []string{"news/one.md", "news/two.md", "tag/three.md"}},
		{"exclude folder", "", []string{"--exclude", "tag", in}, []string{"news/one.md", "news/two.md", "notes.md"}},
		{"exclude path", "", []string{"--exclude", "news/*.htm", in}, []string{"news/one.md", "notes.md", "tag/three.md"}},
		{"files from file", "", []string{"--files-from", listPath}, []string{"news/one.md", "tag/three.md"}},
		{"files from stdin", list, []string{"--files-from", "-"}, []string{"news/one.md", "tag/three.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			args := append([]string{"-q", "-o", out}, tt.args...)
			if strings.HasPrefix(tt.name, "files from") {
				t.Chdir(in)
			}
			r := runCLI(t, tt.stdin, args...)
			if r.code != 0 {
				t.Fatalf("status %d:\n%s", r.code, r.stderr)
			}
			if got := listFiles(t, out); !slices.Equal(got, tt.want) {
				t.Errorf("outputs %v, want %v", got, tt.want)
			}
		})
	}
}

// TestBatchFailures checks that bad inputs are reported one line each and
// the run goes on.
func TestBatchFailures(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, in, "good.html", article{title: "Good", paras: sampleParas("Good", 4)}.html())
	writeFile(t, in, "empty.html", "\n")
	writeFile(t, in, "binary.html", "\x00\x01\x02\x03\x04\x05\x06\x07binary\x00\x00\x00\x00")
	writeFile(t, in, "sub/fine.html", article{title: "Fine", paras: sampleParas("Fine", 4)}.html())
	if err := os.Symlink("..", filepath.Join(in, "sub", "loop")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink("nowhere.html", filepath.Join(in, "broken.html")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, in, "page.htm", article{title: "Page htm", paras: sampleParas("Htm", 4)}.html())
	writeFile(t, in, "page.html", article{title: "Page html", paras: sampleParas("Html", 4)}.html())
	out := filepath.Join(dir, "out")

	r := runCLI(t, "", "-o", out, in, filepath.Join(dir, "missing.html"))
	if r.code != 1 {
		t.Errorf("status %d, want 1:\n%s", r.code, r.stderr)
	}
	wantLines := []string{
		"missing.html: no such file or directory",
		"broken.html: no such file or directory",
		"sub/loop: symbolic link loop, not followed",
		"empty.html: input is empty",
		"binary.html: input is binary",
		"page.html: output " + filepath.Join(out, "page.md") + " is written for another input already",
	}
	for _, w := range wantLines {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
		}
	}
	if want := []string{"good.md", "page.md", "sub/fine.md"}; !slices.Equal(listFiles(t, out), want) {
		t.Errorf("outputs %v, want %v", listFiles(t, out), want)
	}
	if d, _, f := summary(t, r.stderr); d != "3" || f != "6" {
		t.Errorf("summary: %s done, %s failed:\n%s", d, f, r.stderr)
	}
}

// TestBatchResume checks that outputs newer than their input are skipped,
// older ones redone, and all of them with --force.
func TestBatchResume(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	a := writeFile(t, in, "a.html", article{title: "A", paras: sampleParas("A", 4)}.html())
	writeFile(t, in, "b.html", article{title: "B", paras: sampleParas("B", 4)}.html())
	out := filepath.Join(dir, "out")
	old := time.Now().Add(-time.Hour)
	for _, p := range []string{a, filepath.Join(in, "b.html")} {
		os.Chtimes(p, old, old)
	}
	if r := runCLI(t, "", "-o", out, in); r.code != 0 {
		t.Fatalf("first run: %d\n%s", r.code, r.stderr)
	}
	if r := runCLI(t, "", "-o", out, in); r.code != 0 {
		t.Fatalf("second run: %d\n%s", r.code, r.stderr)
	} else if d, s, _ := summary(t, r.stderr); d != "0" || s != "2" {
		t.Errorf("second run: %s done, %s skipped", d, s)
	}
	newer := time.Now().Add(time.Hour)
	os.Chtimes(a, newer, newer)
	if r := runCLI(t, "", "-o", out, in); r.code != 0 {
		t.Fatalf("third run: %d\n%s", r.code, r.stderr)
	} else if d, s, _ := summary(t, r.stderr); d != "1" || s != "1" {
		t.Errorf("after touching a.html: %s done, %s skipped", d, s)
	}
	if r := runCLI(t, "", "--force", "-o", out, in); r.code != 0 {
		t.Fatalf("forced run: %d\n%s", r.code, r.stderr)
	} else if d, s, _ := summary(t, r.stderr); d != "2" || s != "0" {
		t.Errorf("--force: %s done, %s skipped", d, s)
	}
}

// TestBatchSameWhateverJobs checks that every output is byte-identical at
// -j 1 and -j 4, site learning included.
func TestBatchSameWhateverJobs(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	siteTree(t, in, "gardens", 12)
	for i := range 12 {
		writeFile(t, in, fmt.Sprintf("misc/p%02d.html", i), article{title: fmt.Sprintf("Misc %d", i), paras: sampleParas(fmt.Sprintf("Misc %d", i), 3+i%4), chrome: true}.html())
	}
	var outs [2]string
	for k, j := range []string{"1", "4"} {
		outs[k] = filepath.Join(dir, "out"+j)
		if r := runCLI(t, "", "-q", "-j", j, "-o", outs[k], in); r.code != 0 {
			t.Fatalf("-j %s: status %d\n%s", j, r.code, r.stderr)
		}
	}
	files := listFiles(t, outs[0])
	if len(files) != 24 || !slices.Equal(files, listFiles(t, outs[1])) {
		t.Fatalf("outputs differ: %v vs %v", files, listFiles(t, outs[1]))
	}
	for _, f := range files {
		if readFile(t, filepath.Join(outs[0], f)) != readFile(t, filepath.Join(outs[1], f)) {
			t.Errorf("%s differs between -j 1 and -j 4", f)
		}
	}
}

// TestBatchLearn checks that a block on every page of a site is dropped
// from all of them, and kept with --no-learn.
func TestBatchLearn(t *testing.T) {
	const box = "Get the garden letter every Friday"
	tests := []struct {
		name    string
		pages   int
		args    []string
		dropped bool
	}{
		{"learned", 6, nil, true},
		{"no-learn", 6, []string{"--no-learn"}, false},
		{"too few pages", 2, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			siteTree(t, dir, "in", tt.pages)
			out := filepath.Join(dir, "out")
			args := append([]string{"-q", "--explain", "-o", out, filepath.Join(dir, "in")}, tt.args...)
			r := runCLI(t, "", args...)
			if r.code != 0 {
				t.Fatalf("status %d:\n%s", r.code, r.stderr)
			}
			for _, f := range listFiles(t, out) {
				got := readFile(t, filepath.Join(out, f))
				if strings.Contains(got, box) == tt.dropped {
					t.Errorf("%s: box kept %v, want %v:\n%s", f, !tt.dropped, !tt.dropped, got)
				}
				if !strings.Contains(got, "seedlings") {
					t.Errorf("%s lost its article:\n%s", f, got)
				}
			}
			explained := strings.Count(r.stderr, "removed by site-boilerplate: "+box)
			if want := map[bool]int{true: tt.pages, false: 0}[tt.dropped]; explained != want {
				t.Errorf("--explain names %d learned removals, want %d:\n%s", explained, want, r.stderr)
			}
		})
	}
}

// TestBatchUsage checks the command lines a batch refuses.
func TestBatchUsage(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.html", article{title: "A", paras: sampleParas("A", 4)}.html())
	b := writeFile(t, dir, "b.html", article{title: "B", paras: sampleParas("B", 4)}.html())
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"several inputs without -o", []string{a, b}, "need an output folder"},
		{"folder without -o", []string{dir}, "need an output folder"},
		{"stdin in a batch", []string{"-o", filepath.Join(dir, "out"), a, "-"}, "standard input (-) cannot be part of a batch"},
		{"url flag in a batch", []string{"--url", "https://x.example/", "-o", filepath.Join(dir, "out"), a, b}, "--url names one page"},
		{"output is a file", []string{"-o", a, dir}, "not a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != 2 || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
				t.Errorf("status %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
			}
		})
	}
}

// TestBatchInterrupted checks that an interrupted run writes no partial
// file, prints its summary and exits 130.
func TestBatchInterrupted(t *testing.T) {
	dir := t.TempDir()
	siteTree(t, dir, "in", 60)
	out := filepath.Join(dir, "out")

	t.Run("before the start", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		r := runCLIContext(t, ctx, false, "", "-o", out, filepath.Join(dir, "in"))
		if r.code != 130 {
			t.Errorf("status %d, want 130:\n%s", r.code, r.stderr)
		}
		if !strings.Contains(r.stderr, "pare: interrupted: 0 done") {
			t.Errorf("no summary:\n%s", r.stderr)
		}
		if files := listFiles(t, out); len(files) != 0 {
			t.Errorf("outputs written: %v", files)
		}
	})
	t.Run("under way", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		// Cancel as soon as the first page is written.
		go func() {
			for ctx.Err() == nil {
				if files := listFiles(t, out); len(files) > 0 {
					cancel()
				}
				time.Sleep(time.Millisecond)
			}
		}()
		r := runCLIContext(t, ctx, false, "", "-j", "1", "--no-learn", "-o", out, filepath.Join(dir, "in"))
		if r.code == 0 {
			t.Skip("the run ended before the interruption")
		}
		if r.code != 130 || !strings.Contains(r.stderr, "pare: interrupted: ") {
			t.Errorf("status %d:\n%s", r.code, r.stderr)
		}
		for _, f := range listFiles(t, out) {
			if !strings.HasSuffix(f, ".md") || !strings.HasSuffix(readFile(t, filepath.Join(out, f)), "\n") {
				t.Errorf("partial or temporary file %s", f)
			}
		}
	})
}

// TestBatchProgress checks that a progress bar is drawn on a terminal and
// cleared, and that none is drawn with --quiet or off a terminal.
func TestBatchProgress(t *testing.T) {
	dir := t.TempDir()
	siteTree(t, dir, "in", 4)
	tests := []struct {
		name      string
		tty       bool
		args      []string
		bar       bool
		summaries int
	}{
		{"terminal", true, nil, true, 1},
		{"not a terminal", false, nil, false, 1},
		{"quiet terminal", true, []string{"-q"}, false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--force", "-o", filepath.Join(dir, "out"), filepath.Join(dir, "in")}, tt.args...)
			r := runCLIContext(t, context.Background(), tt.tty, "", args...)
			if r.code != 0 {
				t.Fatalf("status %d:\n%s", r.code, r.stderr)
			}
			if got := strings.Contains(r.stderr, "cleaning ["); got != tt.bar {
				t.Errorf("bar drawn %v, want %v:\n%q", got, tt.bar, r.stderr)
			}
			if tt.bar && !strings.Contains(r.stderr, "4/4") {
				t.Errorf("bar never full:\n%q", r.stderr)
			}
			lines := strings.ReplaceAll(r.stderr, "\r\033[K", "\n")
			if n := len(summaryRE.FindAllString(lines, -1)); n != tt.summaries {
				t.Errorf("%d summaries, want %d:\n%q", n, tt.summaries, r.stderr)
			}
		})
	}
}

// TestBatchFormats checks the output names and content of each format.
func TestBatchFormats(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeFile(t, in, "a/frost.html", article{title: "Frost tonight", url: "https://gardens.example/frost", paras: sampleParas("Frost", 4)}.html())
	tests := []struct {
		format, file, want string
	}{
		{"markdown", "a/frost.md", "---\ntitle: Frost tonight\n"},
		{"json", "a/frost.json", `{"source":"` + filepath.Join(in, "a/frost.html") + `","url":"https://gardens.example/frost","title":"Frost tonight",`},
		{"text", "a/frost.txt", "Frost tonight\n\nFrost: The first frost"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			r := runCLI(t, "", "-q", "--format", tt.format, "-o", out, in)
			if r.code != 0 {
				t.Fatalf("status %d:\n%s", r.code, r.stderr)
			}
			if got := listFiles(t, out); !slices.Equal(got, []string{tt.file}) {
				t.Fatalf("outputs %v, want %s", got, tt.file)
			}
			if got := readFile(t, filepath.Join(out, tt.file)); !strings.HasPrefix(got, tt.want) {
				t.Errorf("%s:\n%s", tt.file, got)
			}
		})
	}
}

// TestBatchOneIntoFolder checks that one input goes into a folder when -o
// ends with a slash or names an existing folder.
func TestBatchOneIntoFolder(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, dir, "in/frost.html", article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html())
	existing := filepath.Join(dir, "existing")
	os.Mkdir(existing, 0o755)
	for _, out := range []string{filepath.Join(dir, "new") + "/", existing} {
		t.Run(filepath.Base(out), func(t *testing.T) {
			r := runCLI(t, "", "-q", "-o", out, in)
			if r.code != 0 || r.stdout != "" {
				t.Fatalf("status %d, stdout %q:\n%s", r.code, r.stdout, r.stderr)
			}
			if got := listFiles(t, out); !slices.Equal(got, []string{"frost.md"}) {
				t.Errorf("outputs %v", got)
			}
		})
	}
}

// TestBatchOutputInsideInput checks that an output folder inside the input
// folder is not walked, even when every file is included.
func TestBatchOutputInsideInput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a.html", article{title: "A", paras: sampleParas("A", 4)}.html())
	writeFile(t, dir, "b.html", article{title: "B", paras: sampleParas("B", 4)}.html())
	out := filepath.Join(dir, "out")
	for run := range 2 {
		r := runCLI(t, "", "--force", "--include", "*", "-o", out, dir)
		if r.code != 0 {
			t.Fatalf("run %d: status %d:\n%s", run, r.code, r.stderr)
		}
		if d, _, _ := summary(t, r.stderr); d != "2" {
			t.Errorf("run %d: %s done:\n%s", run, d, r.stderr)
		}
	}
	if got := listFiles(t, out); !slices.Equal(got, []string{"a.md", "b.md"}) {
		t.Errorf("outputs %v", got)
	}
}

// TestBatchMissingList checks that a --files-from list that cannot be read
// fails the run.
func TestBatchMissingList(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, "", "--files-from", filepath.Join(dir, "nope.txt"), "-o", filepath.Join(dir, "out"))
	if r.code != 1 || !strings.Contains(r.stderr, "--files-from: open ") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("status %d:\n%s", r.code, r.stderr)
	}
}

// TestBatchLearnOnePass checks pages of sites too small to learn from: the
// first pass writes them, the second only dates them, and they come out as
// without learning, up to date.
func TestBatchLearnOnePass(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	for i := range 6 {
		a := article{title: fmt.Sprintf("Lone page %d", i), url: fmt.Sprintf("https://site%d.example/page", i),
			paras: sampleParas(fmt.Sprintf("Lone %d", i), 4), chrome: true}
		writeFile(t, in, fmt.Sprintf("lone/p%d.html", i), a.html())
	}
	siteTree(t, in, "gardens", 4)
	old := time.Now().Add(-time.Hour)
	for _, f := range listFiles(t, in) {
		os.Chtimes(filepath.Join(in, f), old, old)
	}
	learned, plain := filepath.Join(dir, "learned"), filepath.Join(dir, "plain")
	for _, args := range [][]string{{"-o", learned, in}, {"--no-learn", "-o", plain, in}} {
		if r := runCLI(t, "", append([]string{"-q", "-j", "3"}, args...)...); r.code != 0 {
			t.Fatalf("%v: status %d:\n%s", args, r.code, r.stderr)
		}
	}
	for _, f := range listFiles(t, plain) {
		got, want := readFile(t, filepath.Join(learned, f)), readFile(t, filepath.Join(plain, f))
		if strings.HasPrefix(f, "lone/") && got != want {
			t.Errorf("%s differs from --no-learn:\n%s\nwant:\n%s", f, got, want)
		}
		if strings.HasPrefix(f, "gardens/") && strings.Contains(got, "garden letter") {
			t.Errorf("%s kept the learned box", f)
		}
	}
	r := runCLI(t, "", "-o", learned, in)
	if d, s, _ := summary(t, r.stderr); d != "0" || s != "10" {
		t.Errorf("second run: %s done, %s skipped, want all skipped", d, s)
	}
}
