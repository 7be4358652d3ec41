#!/usr/bin/env python3
"""port.py BASE OTHER OLDFILE...

Ports the changes that branch OTHER made (since BASE) to files that the layout
branch split or moved (extract/text.go, extract/meta.go ...), declaration by
declaration, into the files where those declarations live now, rewriting the
names the layout changed. Run in the layout worktree (e.g. during a merge,
after `git rm` of the old file). Prints what it did; check with go vet/tests.
"""
import sys, re, subprocess, os, collections
def bt(l):
    l = re.sub(r"'(\\.|[^'\\])'", '', l)
    l = re.sub(r'"(\\.|[^"\\])*"', '', l)
    return l.count('`')

MOD = 'github.com/pare-dev/pare'
MVTOOL = os.environ.get('MVTOOL', '/tmp/mvtool/mvtool')  # go build -o /tmp/mvtool/mvtool ./docs/merge/mvtool
def git(*a):
    return subprocess.run(['git'] + list(a), capture_output=True, text=True).stdout

def decls(src):
    """top-level declarations: name -> (start, end) char offsets incl. doc comment"""
    lines = src.split('\n')
    offs = [0]
    for l in lines: offs.append(offs[-1] + len(l) + 1)
    out = collections.OrderedDict()
    i = 0; inraw = False
    starts = []
    while i < len(lines):
        l = lines[i]
        name = None
        m = re.match(r'^func \((?:\w+ )?\*?(\w+)(?:\[[^]]*\])?\) (\w+)', l)
        if m: name = m.group(1) + '.' + m.group(2)
        else:
            m = re.match(r'^(?:func|type|var|const) (\w+)', l)
            if m: name = m.group(1)
            elif re.match(r'^(var|const|type) \($', l) and i + 1 < len(lines):
                mm = re.match(r'^\t(\w+)', lines[i + 1])
                if mm: name = '(' + mm.group(1)
        if name:
            j = i
            while j > 0 and lines[j - 1].startswith('//'): j -= 1
            k = i; raw = bt(l) % 2 == 1
            while k + 1 < len(lines):
                nl = lines[k + 1]
                if not raw and (nl.startswith(('func ', 'type ', 'var ', 'const ', '//')) or nl == ''):
                    if nl == '':
                        m2 = k + 1
                        while m2 < len(lines) and lines[m2] == '': m2 += 1
                        if m2 >= len(lines) or not lines[m2].startswith(('\t', ' ', '}', ')')): break
                    else: break
                if bt(nl) % 2 == 1: raw = not raw
                k += 1
            out[name] = (offs[j], offs[k + 1])
            i = k + 1
            continue
        i += 1
    return out

def tree_files():
    fs = []
    for d in ['extract', 'article', 'internal', 'clean']:
        for root, _, names in os.walk(d):
            for n in names:
                if n.endswith('.go'): fs.append(os.path.join(root, n))
    return fs

def pkgdir(f): return os.path.dirname(f)
def pkgname(d): return os.path.basename(d)

# where each declaration is now: name -> [(file)]
now = collections.defaultdict(list)
for f in tree_files():
    for n in decls(open(f).read()): now[n].append(f)

def capital(n):
    if '.' in n:
        t, m = n.split('.', 1); return t[0].upper() + t[1:] + '.' + m[0].upper() + m[1:]
    return n[0].upper() + n[1:]

def locate(name, oldfile):
    """file and new name of a base declaration of oldfile"""
    variants = [name, capital(name)]
    if '.' in name:
        t, m = name.split('.', 1)
        variants += [t + '.' + m[0].upper() + m[1:], t[0].upper() + t[1:] + '.' + m]
    if name == 'htmlOptions': variants.append('Options')
    best = None
    for v in variants:
        for f in now.get(v, []):
            s = 0
            if oldfile.startswith('extract/') and f.startswith('clean/'): s += 10
            if f.endswith('_test.go') != oldfile.endswith('_test.go'): s += 5
            if best is None or s < best[0]: best = (s, f, v)
    return (best[1], best[2]) if best else (None, None)

# base names of extract (and the moved clean names) -> (dir, newname)
BASE = sys.argv[1]; OTHER = sys.argv[2]
basemap = {}
for f in git('ls-tree', '-r', '--name-only', BASE, '--', 'extract').split():
    if not f.endswith('.go') or f.endswith('_test.go'): continue
    for n in decls(git('show', BASE + ':' + f)):
        if '.' in n or n.startswith('('): continue
        nf, nn = locate(n, f)
        if nf: basemap[n] = (pkgdir(nf), nn)
QUAL = {  # selector rewrites
    'clean.WordSet': 'lang.WordSet', 'clean.SplitWords': 'lang.SplitWords', 'clean.Fold': 'lang.Fold',
    'clean.Collapse': 'lang.Collapse', 'clean.Removal': 'article.Removal', 'clean.Block': 'article.Block',
    'clean.Kind': 'article.Kind',
    'clean.DefaultDOMRules': 'clean.DefaultDOMRules()', 'clean.DefaultBlockRules': 'clean.DefaultBlockRules()',
    'clean.HTMLTextRules': 'clean.HTMLTextRules()',
}
for k in 'Paragraph Heading List Quote Code Table Figure Rule'.split(): QUAL['clean.' + k] = 'article.' + k
MODEL = 'Document Date Precision Input HTML Text Auto NoDate Day Local Instant MarkdownOptions'.split()

TOK = re.compile(r'//[^\n]*|/\*.*?\*/|"(?:\\.|[^"\\\n])*"|`[^`]*`|\'(?:\\.|[^\'\\\n])*\'|[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?|.', re.S)
def rewrite(code, dest):
    """rewrite base names in code placed into package dir dest"""
    out = []; prev = ''
    for m in TOK.finditer(code):
        t = m.group(0)
        if t[0] in '/"`\'' or not (t[0].isalpha() or t[0] == '_'):
            out.append(t); prev = t if t.strip() else prev; continue
        if prev == '.':
            out.append(t); prev = t; continue
        if '.' in t:
            if t in QUAL: t2 = QUAL[t]
            elif dest == 'extract/internal/textdump' and t == 'clean.DefaultTextRules': t2 = 'textRules'
            elif dest.startswith('extract/internal/') and t == 'clean.DefaultBlockRules': t2 = 'blockRules'
            elif dest == 'extract/internal/htmlpage' and t == 'clean.DefaultDOMRules': t2 = 'domRules'
            elif dest == 'extract/internal/textdump' and t == 'clean.EndRules': t2 = 'endRules'
            elif t in ('clean.DefaultTextRules', 'clean.EndRules'): t2 = t + '()'
            else:
                head, tail = t.split('.', 1)
                t2 = rewrite_ident(head, dest) + '.' + tail
            out.append(t2); prev = t; continue
        out.append(rewrite_ident(t, dest)); prev = t
    return ''.join(out)

def rewrite_ident(t, dest):
    return t

def fixloop(touched):
    """qualify or rename the identifiers the compiler finds undefined"""
    for _ in range(12):
        out = subprocess.run(['go', 'vet', './...'], capture_output=True, text=True).stderr
        errs = re.findall(r'^(?:vet: )?\.?/?([\w/.-]+\.go):(\d+):(\d+): undefined: (\w+)$', out, re.M)
        if not errs:
            return out
        byfile = collections.defaultdict(list)
        for f, l, c, n in errs:
            byfile[f].append((int(l), int(c), n))
        for f, items in byfile.items():
            lines = open(f).read().split('\n')
            dest = pkgdir(f)
            for l, c, n in sorted(set(items), reverse=True):
                if dest.startswith('extract/internal') and n in MODEL:
                    rep = 'article.' + n
                elif n in basemap:
                    d, nn = basemap[n]
                    rep = nn if d == dest else pkgname(d) + '.' + nn
                else:
                    continue
                line = lines[l - 1].encode()
                if line[c - 1:c - 1 + len(n)].decode() == n:
                    lines[l - 1] = (line[:c - 1] + rep.encode() + line[c - 1 + len(n):]).decode()
            open(f, 'w').write('\n'.join(lines))
            subprocess.run([MVTOOL, '.', '-fiximp', f])
    return out

touched = set()
for old in sys.argv[3:]:
    if os.path.exists(old):
        print('#', old, 'is still at its path: git merges it'); continue
    b = git('show', BASE + ':' + old); o = git('show', OTHER + ':' + old)
    if not o:
        print('#', old, 'not in', OTHER); continue
    if not b:
        print('! new file in', OTHER + ':', old, '- place it by hand (which package?)'); continue
    bd, od = decls(b), decls(o)
    prevloc = None
    for name, (s, e) in od.items():
        text = o[s:e]
        if name in bd and b[bd[name][0]:bd[name][1]] == text:
            nf, _ = locate(name, old) if not name.startswith('(') else (None, None)
            if nf: prevloc = nf
            continue
        if name.startswith('('):
            first = name[1:]; nf, nn = locate(first, old)
            key = '(' + nn if nf else None
        else:
            nf, nn = locate(name, old) if name in bd else (None, None)
            key = nn
        if nf:
            dest = pkgdir(nf)
            src = open(nf).read(); dd = decls(src)
            if key not in dd:
                print('! cannot find', key, 'in', nf); continue
            a, z = dd[key]
            new = rewrite(text, dest)
            if nn != name and not name.startswith('('):
                new = re.sub(r'\b' + re.escape(name.split('.')[-1]) + r'\b', nn.split('.')[-1], new, count=0) if '.' not in name else new
            open(nf, 'w').write(src[:a] + new + src[z:])
            touched.add(nf); prevloc = nf
            print('changed', name, '->', nf)
        else:
            nf = prevloc or locate(list(bd)[0], old)[0]
            dest = pkgdir(nf)
            src = open(nf).read().rstrip('\n') + '\n\n' + rewrite(text, dest)
            open(nf, 'w').write(src)
            touched.add(nf); prevloc = nf
            print('added', name, '->', nf)
    for name in bd:
        if name not in od:
            nf, nn = locate(name, old) if not name.startswith('(') else (None, None)
            print('! removed in', OTHER + ':', name, '(now in', nf, '): remove it by hand')
print('touched:', ' '.join(sorted(touched)))
for f in touched:
    subprocess.run([MVTOOL, '.', '-fiximp', f])
rest = fixloop(touched)
subprocess.run(['gofmt', '-w'] + sorted(touched))
print(rest[-3000:] if rest else 'go vet: clean')
