package domtext

import (
	"bytes"
	"os"
	"testing"
)

func TestVisible(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"hidden attribute", `<nav hidden><ul><li>Home</li></ul></nav><p>Body text.</p>`, "Body text.\n"},
		{"display none", `<ul><li>Home</li><li style="color:red; DISPLAY : none">News</li></ul>`, "Home\n"},
		{"display none important", `<div style="display:none !important">x</div><div>y</div>`, "y\n"},
		{"display none overridden", `<div style="display:none;display:block">x</div>`, "x\n"},
		{"visibility hidden", `<p>a<span style="visibility:hidden">b</span>c</p>`, "ac\n"},
		{"other styles kept", `<p style="font-weight:bold;display:inline">shown</p>`, "shown\n"},
		{"aria-hidden kept", `<p>Price <span aria-hidden="true">★★★</span> rated</p>`, "Price ★★★ rated\n"},
		{"screen-reader label kept", `<p>Read more<span class="sr-only"> about it</span></p>`, "Read more about it\n"},
		{"noscript dropped", `<div>a</div><noscript><p>Enable scripts</p></noscript><div>b</div>`, "a\nb\n"},
		{"svg title and desc dropped", `<p>Share<svg><title>icon</title><desc>an arrow</desc><text>1</text></svg></p>`, "Share1\n"},
		{"closed dialog dropped", `<dialog><p>Subscribe now</p></dialog><p>text</p>`, "text\n"},
		{"open dialog kept", `<dialog open><p>Cookies?</p></dialog>`, "Cookies?\n"},
		{"hidden text of an html title", `<p><span title="x">tip</span></p>`, "tip\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Visible([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Visible(%q)\n got %q\nwant %q", tt.page, got, tt.want)
			}
		})
	}
}

func TestVisibleFixture(t *testing.T) {
	page, err := os.ReadFile("testdata/hidden-menu.html")
	if err != nil {
		t.Fatal(err)
	}
	all, err := Dump(page)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Visible(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) >= len(all) {
		t.Errorf("visible text (%d bytes) no shorter than the DOM text (%d)", len(got), len(all))
	}
	for _, gone := range []string{"icon menu", "icon search"} {
		if bytes.Contains(got, []byte(gone)) {
			t.Errorf("visible text holds %q", gone)
		}
	}
	for _, kept := range []string{"Open search", "Skip to content"} {
		if !bytes.Contains(got, []byte(kept)) {
			t.Errorf("visible text lacks %q", kept)
		}
	}
}
