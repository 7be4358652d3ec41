// mvtool moves files between packages of one module and renames
// package-level identifiers, qualifying references across packages.
//
// usage: mvtool MODDIR PLAN
// PLAN lines:
//
//	src PKGDIR                      (the package whose files move / whose names are renamed)
//	mv OLDPATH NEWPATH              (file paths relative to MODDIR)
//	rename NAME NEWNAME             (package-level object of src; or Type.Field / Type.Method)
//	move NAME                       (nothing: object moves with its file)
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

type edit struct {
	off, end int
	text     string
}

var (
	modDir  string
	modPath string
	fset    = token.NewFileSet()
	exports = map[string]string{}
)

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

type pkgInfo struct {
	dir, path, name string
	files           []*ast.File
	names           []string // abs file names
	pkg             *types.Package
	info            *types.Info
}

func load(dir string) *pkgInfo {
	abs := filepath.Join(modDir, dir)
	ents, err := os.ReadDir(abs)
	must(err)
	p := &pkgInfo{dir: dir, path: modPath + "/" + dir}
	if dir == "." {
		p.path = modPath
	}
	var files []*ast.File
	var names []string
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		fn := filepath.Join(abs, e.Name())
		f, err := parser.ParseFile(fset, fn, nil, parser.ParseComments)
		must(err)
		if strings.HasSuffix(f.Name.Name, "_test") {
			continue
		}
		p.name = f.Name.Name
		files = append(files, f)
		names = append(names, fn)
	}
	p.files, p.names = files, names
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) {
		fn, ok := exports[path]
		if !ok || fn == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(fn)
	})
	conf := types.Config{Importer: imp.(types.ImporterFrom), Error: func(err error) { fmt.Fprintln(os.Stderr, "typeerr:", err) }}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}
	pkg, _ := conf.Check(p.path, fset, files, info)
	p.pkg, p.info = pkg, info
	return p
}

func main() {
	modDir, _ = filepath.Abs(os.Args[1])
	planFile := os.Args[2]
	analyze := planFile == "-analyze"
	if planFile == "-fiximp" {
		for _, fn := range os.Args[3:] {
			b, err := os.ReadFile(fn)
			must(err)
			b = fixImports(fn, b, missingImports(fn, b))
			must(os.WriteFile(fn, b, 0o644))
		}
		return
	}
	out, err := exec.Command("go", "-C", modDir, "list", "-m").Output()
	must(err)
	modPath = strings.TrimSpace(string(out))
	out, err = exec.Command("go", "-C", modDir, "list", "-export", "-deps", "-test", "-f", "{{.ImportPath}}\t{{.Export}}", "./...").Output()
	must(err)
	for _, l := range strings.Split(string(out), "\n") {
		if f := strings.Split(l, "\t"); len(f) == 2 && !strings.Contains(f[0], " ") {
			exports[f[0]] = f[1]
		}
	}
	if analyze {
		sp := load(os.Args[3])
		if len(os.Args) > 4 {
			for _, f := range sp.files {
				for _, d := range f.Decls {
					name := ""
					switch d := d.(type) {
					case *ast.FuncDecl:
						name = d.Name.Name
						if d.Recv != nil {
							continue
						}
					case *ast.GenDecl:
						for _, s := range d.Specs {
							switch s := s.(type) {
							case *ast.ValueSpec:
								name = s.Names[0].Name
							case *ast.TypeSpec:
								name = s.Name.Name
							}
						}
					}
					ast.Inspect(d, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok {
							obj := sp.info.Uses[id]
							if obj != nil && obj.Pkg() == sp.pkg && obj.Parent() == sp.pkg.Scope() && obj.Name() != name {
								fmt.Printf("%s %s %s %s\n", filepath.Base(fset.Position(id.Pos()).Filename), name, filepath.Base(fset.Position(obj.Pos()).Filename), obj.Name())
							}
						}
						return true
					})
				}
			}
			return
		}
		for id, obj := range sp.info.Uses {
			if obj != nil && obj.Pkg() == sp.pkg && obj.Parent() == sp.pkg.Scope() {
				fmt.Printf("%s %s %s\n", filepath.Base(fset.Position(id.Pos()).Filename), filepath.Base(fset.Position(obj.Pos()).Filename), obj.Name())
			}
		}
		return
	}
	var src string
	noExternal := false
	mv := map[string]string{} // abs old -> abs new
	rename := map[string]string{}
	pf, err := os.Open(planFile)
	must(err)
	sc := bufio.NewScanner(pf)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		switch f[0] {
		case "noexternal":
			noExternal = true
		case "src":
			src = f[1]
		case "mv":
			mv[filepath.Join(modDir, f[1])] = filepath.Join(modDir, f[2])
		case "rename":
			rename[f[1]] = f[2]
		default:
			must(fmt.Errorf("bad plan line %q", sc.Text()))
		}
	}
	// packages of the module
	out, err = exec.Command("go", "-C", modDir, "list", "-f", "{{.Dir}}", "./...").Output()
	must(err)
	var dirs []string
	for _, d := range strings.Fields(string(out)) {
		rel, _ := filepath.Rel(modDir, d)
		dirs = append(dirs, rel)
	}
	sp := load(src)
	if sp.pkg == nil {
		must(fmt.Errorf("no package"))
	}
	// target package of each file of src
	type tgt struct{ path, name, dir string }
	fileTgt := func(absFile string) tgt {
		nf := absFile
		if n, ok := mv[absFile]; ok {
			nf = n
		}
		d := filepath.Dir(nf)
		if d == filepath.Join(modDir, src) {
			return tgt{sp.path, sp.name, d}
		}
		rel, _ := filepath.Rel(modDir, d)
		return tgt{modPath + "/" + rel, filepath.Base(d), d}
	}
	posFile := func(pos token.Pos) string { return fset.Position(pos).Filename }
	isPkgLevel := func(obj types.Object) bool {
		return obj != nil && obj.Pkg() == sp.pkg && obj.Parent() == sp.pkg.Scope()
	}
	memberKey := func(obj types.Object) string {
		switch o := obj.(type) {
		case *types.Var:
			if !o.IsField() {
				return ""
			}
			// find the named struct holding it: search package types
			for _, n := range sp.pkg.Scope().Names() {
				tn, ok := sp.pkg.Scope().Lookup(n).(*types.TypeName)
				if !ok {
					continue
				}
				if st, ok := tn.Type().Underlying().(*types.Struct); ok {
					for i := 0; i < st.NumFields(); i++ {
						if st.Field(i) == o {
							return n + "." + o.Name()
						}
					}
				}
			}
		case *types.Func:
			sig := o.Type().(*types.Signature)
			if sig.Recv() == nil {
				return ""
			}
			t := sig.Recv().Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := t.(*types.Named); ok {
				return n.Obj().Name() + "." + o.Name()
			}
		}
		return ""
	}
	edits := map[string][]edit{}            // abs file (old) -> edits
	needImp := map[string]map[string]bool{} // abs file -> import paths
	addImp := func(f, p string) {
		if needImp[f] == nil {
			needImp[f] = map[string]bool{}
		}
		needImp[f][p] = true
	}
	off := func(pos token.Pos) int { return fset.Position(pos).Offset }
	// edits inside src
	for _, f := range sp.files {
		fn := posFile(f.Pos())
		me := fileTgt(fn)
		// package clause
		if me.path != sp.path {
			edits[fn] = append(edits[fn], edit{off(f.Name.Pos()), off(f.Name.End()), me.name})
		}
		handle := func(id *ast.Ident, obj types.Object, isDef bool) {
			if obj == nil {
				return
			}
			if isPkgLevel(obj) {
				newName := obj.Name()
				if r, ok := rename[obj.Name()]; ok {
					newName = r
				}
				def := fileTgt(posFile(obj.Pos()))
				if !isDef && def.path != me.path {
					edits[fn] = append(edits[fn], edit{off(id.Pos()), off(id.End()), def.name + "." + newName})
					addImp(fn, def.path)
				} else if newName != obj.Name() {
					edits[fn] = append(edits[fn], edit{off(id.Pos()), off(id.End()), newName})
				}
				return
			}
			if obj.Pkg() == sp.pkg {
				if k := memberKey(obj); k != "" {
					if r, ok := rename[k]; ok {
						edits[fn] = append(edits[fn], edit{off(id.Pos()), off(id.End()), r})
					}
				}
			}
		}
		if me.path != sp.path {
			ast.Inspect(f, func(n ast.Node) bool {
				if se, ok := n.(*ast.SelectorExpr); ok {
					if x, ok := se.X.(*ast.Ident); ok {
						if pn, ok := sp.info.Uses[x].(*types.PkgName); ok && pn.Imported().Path() == me.path {
							edits[fn] = append(edits[fn], edit{off(x.Pos()), off(se.Sel.Pos()), ""})
						}
					}
				}
				return true
			})
		}
		for id, obj := range sp.info.Defs {
			if posFile(id.Pos()) == fn {
				handle(id, obj, true)
			}
		}
		for id, obj := range sp.info.Uses {
			if posFile(id.Pos()) == fn {
				handle(id, obj, false)
			}
		}
	}
	// edits in other packages that import src
	for _, d := range dirs {
		if d == src || noExternal {
			continue
		}
		op := load(d)
		if op.pkg == nil {
			continue
		}
		for _, f := range op.files {
			fn := posFile(f.Pos())
			ast.Inspect(f, func(n ast.Node) bool {
				se, ok := n.(*ast.SelectorExpr)
				if !ok {
					if id, ok := n.(*ast.Ident); ok {
						// field/method renames via selections handled below
						_ = id
					}
					return true
				}
				x, ok := se.X.(*ast.Ident)
				if ok {
					if pn, ok := op.info.Uses[x].(*types.PkgName); ok && pn.Imported().Path() == sp.path {
						obj := op.info.Uses[se.Sel]
						if obj == nil {
							return false
						}
						newName := obj.Name()
						if r, ok := rename[obj.Name()]; ok {
							newName = r
						}
						def := fileTgt(posFile(obj.Pos()))
						if def.path != sp.path || newName != obj.Name() {
							edits[fn] = append(edits[fn], edit{off(se.Pos()), off(se.End()), def.name + "." + newName})
							addImp(fn, def.path)
						}
						return false
					}
				}
				if obj := op.info.Uses[se.Sel]; obj != nil && obj.Pkg() == sp.pkg {
					if k := memberKey(obj); k != "" {
						if r, ok := rename[k]; ok {
							edits[fn] = append(edits[fn], edit{off(se.Sel.Pos()), off(se.Sel.End()), r})
						}
					}
				}
				return true
			})
			// composite literal keys of renamed fields
			for id, obj := range op.info.Uses {
				if posFile(id.Pos()) != fn || obj == nil || obj.Pkg() != sp.pkg {
					continue
				}
				if v, ok := obj.(*types.Var); ok && v.IsField() {
					if k := memberKey(obj); k != "" {
						if r, ok := rename[k]; ok {
							// only if not already edited via selector
							dup := false
							for _, e := range edits[fn] {
								if e.off == off(id.Pos()) {
									dup = true
								}
							}
							if !dup {
								edits[fn] = append(edits[fn], edit{off(id.Pos()), off(id.End()), r})
							}
						}
					}
				}
			}
		}
	}
	// apply
	for fn, es := range edits {
		applyFile(fn, es, needImp[fn], mv)
	}
	// files moved without edits
	for o, n := range mv {
		if _, ok := edits[o]; ok {
			continue
		}
		applyFile(o, nil, nil, mv)
		_ = n
	}
}

func applyFile(fn string, es []edit, imps map[string]bool, mv map[string]string) {
	b, err := os.ReadFile(fn)
	must(err)
	sort.Slice(es, func(i, j int) bool { return es[i].off > es[j].off })
	last := -1
	for _, e := range es {
		if last >= 0 && e.end > last {
			// overlapping (same ident twice): skip duplicates
			continue
		}
		b = append(b[:e.off:e.off], append([]byte(e.text), b[e.end:]...)...)
		last = e.off
	}
	b = fixImports(fn, b, imps)
	dst := fn
	if n, ok := mv[fn]; ok {
		dst = n
		must(os.MkdirAll(filepath.Dir(dst), 0o755))
		must(os.Remove(fn))
	}
	must(os.WriteFile(dst, b, 0o644))
}

// fixImports adds imports in imps and drops imports no longer used.
func fixImports(fn string, b []byte, imps map[string]bool) []byte {
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, fn, b, parser.ParseComments)
	if err != nil {
		fmt.Fprintln(os.Stderr, "reparse", fn, err)
		return b
	}
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := se.X.(*ast.Ident); ok && x.Obj == nil {
				used[x.Name] = true
			}
		}
		return true
	})
	type spec struct{ name, path string }
	var specs []spec
	have := map[string]bool{}
	for _, is := range f.Imports {
		p := strings.Trim(is.Path.Value, `"`)
		name := ""
		local := filepath.Base(p)
		if strings.HasPrefix(local, "v") && strings.Contains(p, "/v") && len(local) <= 3 {
			local = filepath.Base(filepath.Dir(p))
		}
		if p == "go.yaml.in/yaml/v3" {
			local = "yaml"
		}
		if is.Name != nil {
			name = is.Name.Name
			local = name
		}
		if name == "_" || name == "." || used[local] {
			specs = append(specs, spec{name, p})
			have[p] = true
		}
	}
	for p := range imps {
		if !have[p] {
			specs = append(specs, spec{"", p})
		}
	}
	var std, other []string
	for _, s := range specs {
		line := fmt.Sprintf("%q", s.path)
		if s.name != "" {
			line = s.name + " " + line
		}
		if !strings.Contains(strings.Split(s.path, "/")[0], ".") {
			std = append(std, line)
		} else {
			other = append(other, line)
		}
	}
	sort.Strings(std)
	sort.Strings(other)
	var ib bytes.Buffer
	if len(std)+len(other) > 0 {
		if len(std)+len(other) == 1 {
			ib.WriteString("import " + append(std, other...)[0] + "\n")
		} else {
			ib.WriteString("import (\n")
			for _, l := range std {
				ib.WriteString("\t" + l + "\n")
			}
			if len(std) > 0 && len(other) > 0 {
				ib.WriteString("\n")
			}
			for _, l := range other {
				ib.WriteString("\t" + l + "\n")
			}
			ib.WriteString(")\n")
		}
	}
	// find span of import decls
	start, end := -1, -1
	for _, d := range f.Decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.IMPORT {
			if start < 0 {
				start = fs.Position(gd.Pos()).Offset
			}
			end = fs.Position(gd.End()).Offset
		}
	}
	if start < 0 {
		if ib.Len() == 0 {
			return b
		}
		p := fs.Position(f.Name.End()).Offset
		return append(b[:p:p], append([]byte("\n\n"+strings.TrimSuffix(ib.String(), "\n")), b[p:]...)...)
	}
	// consume trailing newline handled by gofmt later
	s := strings.TrimSuffix(ib.String(), "\n")
	if s == "" {
		// drop the decl and following blank line
		for end < len(b) && b[end] == '\n' {
			end++
		}
		s = ""
	}
	return append(b[:start:start], append([]byte(s), b[end:]...)...)
}

var known = map[string]string{
	"strings": "strings", "unicode": "unicode", "utf8": "unicode/utf8", "sort": "sort", "strconv": "strconv",
	"fmt": "fmt", "errors": "errors", "time": "time", "bytes": "bytes", "io": "io", "regexp": "regexp",
	"slices": "slices", "math": "math", "html": "golang.org/x/net/html", "atom": "golang.org/x/net/html/atom",
	"json": "encoding/json", "maps": "maps", "testing": "testing", "os": "os", "filepath": "path/filepath",
	"clean": "github.com/pare-dev/pare/clean", "lang": "github.com/pare-dev/pare/internal/lang",
	"article": "github.com/pare-dev/pare/article", "dates": "github.com/pare-dev/pare/extract/internal/dates",
	"textdump": "github.com/pare-dev/pare/extract/internal/textdump", "htmlpage": "github.com/pare-dev/pare/extract/internal/htmlpage",
	"yaml": "go.yaml.in/yaml/v3", "site": "github.com/pare-dev/pare/clean/site", "extract": "github.com/pare-dev/pare/extract", "gmtest": "github.com/pare-dev/pare/internal/gmtest",
	"stop": "github.com/pare-dev/pare/extract/internal/stop", "context": "context", "mdsafe": "github.com/pare-dev/pare/internal/mdsafe",
}

func missingImports(fn string, b []byte) map[string]bool {
	fs := token.NewFileSet()
	f, err := parser.ParseFile(fs, fn, b, parser.ParseComments)
	if err != nil {
		return nil
	}
	have := map[string]bool{}
	for _, is := range f.Imports {
		p := strings.Trim(is.Path.Value, `"`)
		have[filepath.Base(p)] = true
		if is.Name != nil {
			have[is.Name.Name] = true
		}
	}
	have["yaml"] = have["yaml"] || have["v3"]
	out := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if se, ok := n.(*ast.SelectorExpr); ok {
			if x, ok := se.X.(*ast.Ident); ok && x.Obj == nil && !have[x.Name] {
				if p, ok := known[x.Name]; ok {
					out[p] = true
				}
			}
		}
		return true
	})
	return out
}
