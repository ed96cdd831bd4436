package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// Many goroutines using the file system at once (each call is a blocking
// system call): per-worker directories, files, Stat, ReadDir, RemoveAll.
func main() {
	root, err := os.MkdirTemp("", "minigo-os16-")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(root)

	const workers, files = 8, 25
	var wg sync.WaitGroup
	results := make([]string, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			dir := filepath.Join(root, fmt.Sprintf("w%d", w), "data")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				results[w] = err.Error()
				return
			}
			total := int64(0)
			for i := 0; i < files; i++ {
				p := filepath.Join(dir, fmt.Sprintf("f%03d", i))
				os.WriteFile(p, make([]byte, w*10+i), 0o644)
				fi, err := os.Stat(p)
				if err != nil {
					results[w] = err.Error()
					return
				}
				total += fi.Size()
			}
			ents, _ := os.ReadDir(dir)
			first, last := ents[0].Name(), ents[len(ents)-1].Name()
			if w%2 == 0 {
				os.RemoveAll(filepath.Dir(dir))
			}
			results[w] = fmt.Sprintf("w%d: %d files, %d bytes, %s..%s", w, len(ents), total, first, last)
		}(w)
	}
	wg.Wait()
	for _, r := range results {
		fmt.Println(r)
	}
	left, _ := os.ReadDir(root)
	var names []string
	for _, e := range left {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Println(names)
}
