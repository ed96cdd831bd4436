package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Glob in a temporary tree: sorted results, patterns in several elements,
// character classes, no match, a bad pattern; Match on single names.
func main() {
	root, err := os.MkdirTemp("", "minigo-fp07-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"cmd/app", "cmd/tool", "pkg/a", "pkg/b", "pkg/c.d"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for _, f := range []string{
		"cmd/app/main.go", "cmd/app/main_test.go", "cmd/tool/main.go", "cmd/tool/README",
		"pkg/a/a.go", "pkg/a/a1.go", "pkg/a/a2.go", "pkg/b/b.go", "pkg/b/b.txt",
		"go.mod", "go.sum", "x[1].txt",
	} {
		os.WriteFile(filepath.Join(root, f), nil, 0o644)
	}
	show := func(pattern string) {
		m, err := filepath.Glob(filepath.Join(root, pattern))
		for i := range m {
			m[i] = strings.TrimPrefix(m[i], root+"/")
		}
		fmt.Printf("%-16s %q %v\n", pattern, m, err)
	}
	for _, p := range []string{
		"*", "go.*", "cmd/*/main.go", "*/*/*_test.go", "pkg/a/a[0-9].go",
		"pkg/[ab]/*.go", "pkg/[^a]/*", "pkg/?/b.*", "nothing*", "cmd/*/*",
		"x\\[1\\].txt", "x[1].txt", "pkg/c.d", "pkg/c.d/*", "go.mod", "missing",
		"[", "pkg/[a-", "*/[",
	} {
		show(p)
	}
	m, err := filepath.Glob("[]")
	fmt.Println(m, err)
	fmt.Println(filepath.Match("*.go", "main.go"))
	fmt.Println(filepath.Match("*.go", "cmd/main.go"))
	fmt.Println(filepath.Match("*/*.go", "cmd/main.go"))
}
