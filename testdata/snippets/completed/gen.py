#!/usr/bin/env python3
"""Helper (not a test): completes the snippets of testdata/snippets/ the way
minigo's snippet mode does, writes completed/NAME.go, builds and runs that with
real Go and writes NAME.want.  Run from the repo root:

    python3 testdata/snippets/completed/gen.py NAME...      (no NAME: every snippet)

Completion: package main; the standard packages the snippet uses by name but
does not import (fmt time sync atomic strings strconv os exec context rand math
sort errors bufio bytes unicode utf8 runtime io) are imported; the snippet's own
import lines come next, then its declarations (func/type/var/const at column 1),
then func main holding its top-level statements in order.  Every run of lines
is preceded by a //line directive so that Go reports the snippet's own positions.
A snippet with declarations only gets an empty func main (minigo checks it and
runs nothing: exit 0, stdout empty).

Per-test settings are in CFG below: extra .want directives, a 'fix' (textual
replacements applied to the completed program before running it, for warnings:
Go refuses unused variables/imports, minigo warns and runs), the number of runs.
Compile errors: Go 1.19's words are changed to Go 1.20+'s for the unused
diagnostics and "as type T in" (Go 1.20+: "as T value in").
"""
import os, re, subprocess, sys, tempfile

D = "testdata/snippets"
KNOWN = {"fmt": "fmt", "time": "time", "sync": "sync", "atomic": "sync/atomic",
         "strings": "strings", "strconv": "strconv", "os": "os", "exec": "os/exec",
         "context": "context", "rand": "math/rand", "math": "math", "sort": "sort",
         "errors": "errors", "bufio": "bufio", "bytes": "bytes", "unicode": "unicode",
         "utf8": "unicode/utf8", "runtime": "runtime", "io": "io"}

CFG = {}
exec(open(os.path.join(os.path.dirname(__file__), "cfg.py")).read())

def strip_strings(s):
    s = re.sub(r'`[^`]*`', '""', s, flags=re.S)
    s = re.sub(r'"(\\.|[^"\\\n])*"', '""', s)
    s = re.sub(r"'(\\.|[^'\\\n])*'", "' '", s)
    s = re.sub(r'//[^\n]*', '', s)
    return s

def complete(name):
    src = open(f"{D}/{name}.go").read()
    bom = src.startswith("\ufeff")   # a BOM is allowed only at the start of a file
    if bom:
        src = src[1:]
    lines = src.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    chunks = []  # [kind, startline(1-based), [lines]]
    cur = None
    in_block = False
    in_raw = False   # inside a raw string literal spanning lines
    for i, l in enumerate(lines, 1):
        starts = l and not in_block and not in_raw and not l[0].isspace() and not l.startswith(("}", ")", "//", "/*"))
        k = 0
        while k < len(l) and not in_block:
            ch = l[k]
            if in_raw:
                if ch == "`":
                    in_raw = False
            elif ch == "`":
                in_raw = True
            elif ch in "\"'":
                m = re.match(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'', l[k:])
                if m:
                    k += len(m.group(0))
                    continue
            elif l.startswith("//", k) or l.startswith("/*", k):
                break
            k += 1
        t = re.sub(r'"(\\.|[^"\\])*"|`[^`]*`', '""', l)
        if in_block:
            if "*/" in t:
                in_block = False
                t = t[t.index("*/") + 2:]
        if not in_block and t.rfind("/*") > t.rfind("*/") and "//" not in t[:t.rfind("/*")]:
            in_block = True
        if starts:
            if re.match(r'import\b', l):
                kind = "import"
            elif re.match(r'(func |type\b|var\b|const\b)', l):
                kind = "decl"
            else:
                kind = "stmt"
            if cur is None or cur[0] != kind:
                cur = [kind, i, []]
                chunks.append(cur)
        elif cur is None:
            cur = ["stmt" if False else "lead", i, []]
            chunks.append(cur)
        cur[2].append(l)
    # leading comments/blank lines: attach to the first real chunk's kind
    if chunks and chunks[0][0] == "lead":
        nxt = chunks[1][0] if len(chunks) > 1 else "decl"
        chunks[0][0] = nxt
    code = strip_strings(src)
    imported = set()
    for m in re.finditer(r'^import\s*(\((.*?)\)|(.*))', code, flags=re.M | re.S):
        body = m.group(2) if m.group(2) is not None else m.group(3)
        for spec in re.finditer(r'(\w+|\.)?\s*""', body):
            pass
    # imported names: read from the real source
    for m in re.finditer(r'^import\s*(\((.*?)\)|(.*))', src, flags=re.M | re.S):
        body = m.group(2) if m.group(2) is not None else m.group(3)
        for spec in re.finditer(r'(?:(\w+|\.)\s+)?"([^"]+)"', body):
            imported.add(spec.group(1) or spec.group(2).split("/")[-1])
    # names the snippet declares at package level are not packages (goimports)
    declared = set(re.findall(r'^(?:func|var|const|type)\s+(\w+)', code, flags=re.M))
    auto = [n for n in KNOWN if n not in imported and n not in declared and
            re.search(r'(?<![\w.])' + n + r'\.[A-Za-z_]', code)]
    auto = sorted(auto, key=lambda n: KNOWN[n])
    out = [f"// Helper file, used only to produce the expectation {name}.want with real Go:",
           f"// the snippet {D}/{name}.go completed as minigo's snippet mode does",
           "// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.",
           "package main", ""]
    for n in auto:
        out.append(f'import "{KNOWN[n]}"')
    def emit(ch):
        out.append(f"//line {D}/{name}.go:{ch[1]}:1")
        out.extend(ch[2])
    for ch in chunks:
        if ch[0] == "import":
            emit(ch)
    for ch in chunks:
        if ch[0] == "decl":
            emit(ch)
    stmts = [ch for ch in chunks if ch[0] == "stmt"]
    has_main = re.search(r'^func main\(\)', src, flags=re.M)
    if stmts:
        out.append("func main() {")
        for ch in stmts:
            emit(ch)
        out.append("}")
    elif not has_main:
        out.append("func main() {}")
    text = ("\ufeff" if bom else "") + "\n".join(out) + "\n"
    if CFG.get(name, {}).get("variant"):
        text = text.replace("package main\n", "// Variant: behaves under Go 1.19 as the snippet does under Go 1.22 (cfg.py).\npackage main\n", 1)
    for a, b in CFG.get(name, {}).get("variant", []):
        # a Go 1.19 program that behaves as the snippet does under Go 1.22
        # (same lines, so positions are unchanged)
        assert a in text, (name, a)
        text = text.replace(a, b)
    open(f"{D}/completed/{name}.go", "w").write(text)
    return text

def fix_words(l):
    l = re.sub(r'^(.*?): (\S+) declared but not used$', r'\1: declared and not used: \2', l)
    l = re.sub(r'^(.*?): imported and not used: ("[^"]+")$', r'\1: \2 imported and not used', l)
    l = re.sub(r'^(.*?): imported and not used: ("[^"]+") as (\w+)$', r'\1: \2 imported as \3 and not used', l)
    # Go 1.20+: "cannot use x (variable of type string) as int value in assignment"
    l = re.sub(r'^(.*?: cannot use .*?) as type (.+?) in ', r'\1 as \2 value in ', l)
    return l

def gen(name):
    cfg = CFG.get(name, {})
    text = complete(name)
    tmp = tempfile.mkdtemp(prefix="sngen.")
    def build(t):
        p = f"{tmp}/prog.go"
        open(p, "w").write(t)
        r = subprocess.run(["go", "build", "-o", f"{tmp}/prog", p], capture_output=True, text=True)
        return r
    r = build(text)
    dirs = []
    warn = None
    if r.returncode != 0:
        errs = [l for l in r.stderr.split("\n") if l and not l.startswith("#")]
        # gc sorts its diagnostics by position; the //line directives upset that
        # order (it sorts by line base first), so sort them by the snippet's own
        # line:col, as gc does for the real one-file snippet.
        def key(l):
            m = re.match(r'^[^:]+:(\d+):(\d+): ', l)
            return (int(m.group(1)), int(m.group(2))) if m else (10**9, 0)
        errs = sorted([l for l in errs if not l.startswith("\t")], key=key)
        # a position inside a message (goto ... at FILE:L:C) gets the //line
        # directive's original position appended, "[/tmp/.../prog.go:11:3]":
        # gc does not print that for the real one-file snippet
        first = re.sub(r'\[[^\]]*prog\.go:\d+:\d+\]', '', fix_words(errs[0]))
        print(f"  go: {errs[0]}" + (f"  (+{len(errs)-1} more)" if len(errs) > 1 else ""))
        if "fix" not in cfg:
            dirs = ["#! exit 1", f"#! stderr {first}"]
            write(name, cfg, dirs, "")
            return
        warn = first
        t2 = text
        for a, b in cfg["fix"]:
            assert a in t2, (name, a)
            t2 = t2.replace(a, b)
        r = build(t2)
        if r.returncode != 0:
            print("  fixed program does not build:", r.stderr); sys.exit(1)
    runs = cfg.get("runs", 5)
    env = dict(os.environ)
    for kv in cfg.get("env", []):
        k, v = kv.split("=", 1); env[k] = v
    results = set()
    for _ in range(runs):
        stdin = open(f"{D}/{cfg['stdin']}") if "stdin" in cfg else subprocess.DEVNULL
        p = subprocess.run([f"{tmp}/prog"] + cfg.get("args", []), stdin=stdin, capture_output=True, env=env)
        err1 = p.stderr.decode().split("\n")[0] if p.stderr else None
        results.add((p.returncode, err1, p.stdout.decode()))
    outs = sorted(results)
    if len(outs) > 1:
        print(f"  {len(outs)} distinct results:")
        for o in outs: print("   ", repr(o)[:300])
    rc, err1, so = outs[0]
    if len(set((o[0], o[1]) for o in outs)) > 1:
        print("  exit/stderr vary!"); sys.exit(1)
    if rc != 0: dirs.append(f"#! exit {rc}")
    if text.endswith("func main() {}\n") and not warn:
        dirs.append("#! stderr-any")   # minigo: "checked, nothing to run"
    elif warn:
        dirs.append(f"#! stderr {warn}")
        if err1: print("  program stderr too:", err1)
    elif err1 is not None:
        dirs.append(f"#! stderr {err1}")
    mode = cfg.get("mode", "exact")
    if len(outs) > 1 and mode == "exact":
        print("  WARNING: varying output in exact mode")
    body = so
    if mode == "oneof":
        body = "#! or\n".join(o[2] for o in outs)
    if mode == "sorted":
        body = "".join(l + "\n" for l in sorted(so.splitlines()))
        s0 = sorted(sorted(o[2].split("\n")) for o in outs)
        if len(set(tuple(sorted(o[2].split("\n"))) for o in outs)) > 1:
            print("  WARNING: sorted outputs differ")
    write(name, cfg, dirs, body)

def write(name, cfg, dirs, body):
    pre = list(cfg.get("pre", []))
    if cfg.get("mode", "exact") != "exact": dirs.append(f"#! mode {cfg['mode']}")
    if cfg.get("args"): dirs.append("#! args " + " ".join(cfg["args"]))
    if cfg.get("env"): dirs.append("#! env " + " ".join(cfg["env"]))
    if cfg.get("stdin"): dirs.append("#! stdin " + cfg["stdin"])
    dirs += cfg.get("extra", [])
    open(f"{D}/{name}.want", "w").write("".join(d + "\n" for d in pre + dirs) + body)
    print(f"{name}: " + " | ".join(pre + dirs) + f"  [{len(body)} bytes stdout]")

names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(D) if f.endswith(".go"))
for n in names:
    gen(n)
