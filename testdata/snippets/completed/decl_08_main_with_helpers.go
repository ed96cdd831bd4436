// Helper file, used only to produce the expectation decl_08_main_with_helpers.want with real Go:
// the snippet testdata/snippets/decl_08_main_with_helpers.go completed as minigo's snippet mode does
// (see gen.py).  Not a test itself: tests/e2e.sh skips completed/.
package main

import "fmt"
import "sort"
import "strings"
import "sync"
//line testdata/snippets/decl_08_main_with_helpers.go:1:1
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	results := make(chan string)
	var wg sync.WaitGroup
	for _, n := range []int{10, 20, 25} {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			results <- fmt.Sprintf("fib(%d) = %d", n, fib(n))
		}(n)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	sort.Strings(all)
	fmt.Println(strings.Join(all, "\n"))
}

const unused = "declarations around main are fine"
