package extract

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestSeedReference runs the project's reference text dump through the text
// path and checks the Markdown with the reference's own checker. The
// reference lives outside the repository; the test is skipped without it.
func TestSeedReference(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	in := filepath.Join(dir, "000_e274a61212e0ecfb.txt")
	want := filepath.Join(dir, "000_e274a61212e0ecfb.expected.md")
	b, err := os.ReadFile(in)
	if err != nil {
		t.Skipf("reference case absent: %v", err)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 absent: cannot run the checker")
	}
	doc, err := ExtractBytes(b, Options{})
	if err != nil {
		t.Fatalf("ExtractBytes: %v", err)
	}
	out := filepath.Join(t.TempDir(), "out.md")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.WriteMarkdown(f, MarkdownOptions{}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	msg, err := exec.Command(filepath.Join(dir, "check"), want, out).CombinedOutput()
	if err != nil {
		t.Errorf("reference check failed:\n%s", msg)
	}
	if doc.Date.Precision != Local {
		t.Errorf("date precision = %v, want Local (time known, zone not)", doc.Date.Precision)
	}
}
