package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// io/fs over os.DirFS: fs.WalkDir (sorted, SkipDir), fs.ReadDir, fs.ReadFile,
// fs.Stat, fs.Glob, fs.Sub, ValidPath, and the errors for bad names.
func main() {
	root, err := os.MkdirTemp("", "minigo-fs01-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	for _, d := range []string{"docs/img", "src/lib", "src/main", "skip/me"} {
		os.MkdirAll(filepath.Join(root, d), 0o755)
	}
	for name, body := range map[string]string{
		"README.md": "# top\n", "docs/a.md": "A", "docs/b.md": "BB", "docs/img/x.png": "PNG",
		"src/lib/lib.go": "package lib\n", "src/main/main.go": "package main\n", "skip/me/no": "",
	} {
		os.WriteFile(filepath.Join(root, name), []byte(body), 0o644)
	}
	fsys := os.DirFS(root)

	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "skip" {
			return fs.SkipDir
		}
		fmt.Println(p, d.IsDir())
		return nil
	})
	fmt.Println("walk:", err)

	ents, err := fs.ReadDir(fsys, "docs")
	for _, e := range ents {
		fmt.Print(e.Name(), " ")
	}
	fmt.Println(err)
	b, err := fs.ReadFile(fsys, "docs/b.md")
	fmt.Printf("%q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "docs/none.md")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	fi, err := fs.Stat(fsys, "src/lib/lib.go")
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), err)

	for _, pat := range []string{"*", "docs/*.md", "src/*/*.go", "*/img/*", "[", "nomatch/*"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Println(pat, m, err)
	}

	sub, err := fs.Sub(fsys, "src")
	fmt.Println(err)
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println(" sub:", p)
		return nil
	})
	m, _ := fs.Glob(sub, "*/*.go")
	fmt.Println(m)

	for _, name := range []string{".", "a/b", "/abs", "a/../b", "a//b", "a/", "", "./a", "x\\y"} {
		fmt.Printf("ValidPath(%q) = %v\n", name, fs.ValidPath(name))
	}
	_, err = fsys.Open("../etc/passwd")
	fmt.Println(err, errors.Is(err, fs.ErrInvalid))
	_, err = fs.Stat(fsys, "/abs")
	fmt.Println(err)
	_, err = fs.Sub(fsys, "../x")
	fmt.Println(err)
}
