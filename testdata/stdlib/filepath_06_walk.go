package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// filepath.Walk: FileInfo per entry (sizes, modes), SkipDir, an unreadable
// subtree reported through the callback (a directory made unreadable is
// skipped when running as root, so the test only removes the tree).
func main() {
	root, err := os.MkdirTemp("", "minigo-fp06-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)
	os.MkdirAll(root+"/src/pkg/sub", 0o755)
	os.MkdirAll(root+"/src/vendor/dep", 0o755)
	os.MkdirAll(root+"/docs", 0o755)
	files := map[string]string{
		"src/main.go":         "package main\n",
		"src/pkg/lib.go":      "package pkg // lib\n",
		"src/pkg/sub/x.go":    "package sub\n",
		"src/vendor/dep/d.go": "package dep\n",
		"docs/README":         "read me\n",
		"docs/guide.md":       "# Guide\n\nText.\n",
		"top.txt":             "",
	}
	for name, body := range files {
		os.WriteFile(filepath.Join(root, name), []byte(body), 0o644)
		os.Chmod(filepath.Join(root, name), 0o644)
	}
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if info.IsDir() {
			os.Chmod(p, 0o755)
		}
		return nil
	})

	total := int64(0)
	goFiles := 0
	err = filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			fmt.Println("error:", err)
			return err
		}
		r, _ := filepath.Rel(root, p)
		if info.IsDir() && info.Name() == "vendor" {
			fmt.Println("skip", r)
			return filepath.SkipDir
		}
		fmt.Printf("%-22s %v %3d\n", r, info.Mode(), info.Size()*int64(btoi(!info.IsDir())))
		if !info.IsDir() {
			total += info.Size()
		}
		if strings.HasSuffix(p, ".go") {
			goFiles++
		}
		return nil
	})
	fmt.Println(err, total, goFiles)

	var dirs []string
	filepath.Walk(root+"/src", func(p string, info os.FileInfo, err error) error {
		if info.IsDir() {
			dirs = append(dirs, strings.TrimPrefix(p, root))
		}
		return nil
	})
	fmt.Println(dirs)

	err = filepath.Walk(root+"/absent", func(p string, info os.FileInfo, err error) error {
		fmt.Println(strings.TrimPrefix(p, root), info == nil, strings.ReplaceAll(err.Error(), root, "$R"))
		return nil
	})
	fmt.Println(err)
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
