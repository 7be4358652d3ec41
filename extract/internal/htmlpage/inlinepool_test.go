package htmlpage

import "testing"

// TestInlineReaderRelease checks that a reader given back to the pool
// holds nothing of the page it read, and that one taken again writes a
// block as a new reader does.
func TestInlineReaderRelease(t *testing.T) {
	tests := []struct{ name, tag, src string }{
		{"paragraph", "p", `<p>Some <em>text</em> with <a href="/a">a link</a> and <code>x := 1</code>.</p>`},
		{"list", "ul", `<ul><li>One <b>bold</b></li><li><p>Two</p><ul><li>Nested</li></ul></li></ul>`},
		{"quote", "blockquote", `<blockquote><p>Said <i>so</i>.</p></blockquote>`},
	}
	base := linkBase("https://example.org/news/")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><body>"+tt.src+"</body></html>")
			src := blockSource{node: findElement(root, tt.tag)}
			var fresh inlineReader
			want, wantOK := fresh.markdown(src, base, true)
			r := takeInlineReader(base)
			got, ok := r.markdown(src, base, true)
			if got != want || ok != wantOK {
				t.Fatalf("pooled reader gives %q %v, a new one %q %v", got, ok, want, wantOK)
			}
			r.release()
			for i, tok := range r.toks[:cap(r.toks)] {
				if tok != (token{}) {
					t.Fatalf("released reader keeps token %d: %+v", i, tok)
				}
			}
			for i, s := range r.texts[:cap(r.texts)] {
				if s != "" {
					t.Fatalf("released reader keeps text %d: %q", i, s)
				}
			}
			if r.base != nil || len(r.toks) != 0 || len(r.texts) != 0 {
				t.Fatalf("released reader keeps its page: base %v, %d tokens, %d texts", r.base, len(r.toks), len(r.texts))
			}
			again := takeInlineReader(base)
			if got, ok := again.markdown(src, base, true); got != want || ok != wantOK {
				t.Fatalf("reader taken again gives %q %v, a new one %q %v", got, ok, want, wantOK)
			}
			again.release()
		})
	}
}

// TestInlineReaderReleaseAfterRun checks that a reader released after a
// run of blocks, a long one before short ones, holds nothing of any.
func TestInlineReaderReleaseAfterRun(t *testing.T) {
	root := mustParse(t, `<html><body><ul><li>One <b>bold</b> <a href="/x">x</a></li><li>Two <i>it</i></li><li>Three</li><li>Four <code>c</code></li></ul><p>Short <em>one</em>.</p><h2>A <em>heading</em></h2></body></html>`)
	base := linkBase("https://example.org/")
	r := takeInlineReader(base)
	for _, tag := range []string{"ul", "p", "h2"} {
		if _, ok := r.markdown(blockSource{node: findElement(root, tag)}, base, true); !ok {
			t.Fatalf("%s: not written", tag)
		}
	}
	r.release()
	for i, tok := range r.toks[:cap(r.toks)] {
		if tok != (token{}) {
			t.Fatalf("released reader keeps token %d: %+v", i, tok)
		}
	}
	for i, s := range r.texts[:cap(r.texts)] {
		if s != "" {
			t.Fatalf("released reader keeps text %d: %q", i, s)
		}
	}
}
