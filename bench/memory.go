// memory: RSS per parked goroutine. 100,000 goroutines park on a channel
// receive; VmRSS (from /proc/<pid>/status, read by a child `sh` as
// /proc/$PPID/status since minigo's os has no Open) before and after.
// Result: bytes of RSS per parked goroutine.
package main

import (
	"fmt"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

const n = 100000

func rssKiB() int {
	out, err := exec.Command("sh", "-c", "grep VmRSS: /proc/$PPID/status").Output()
	if err != nil {
		panic("memory: cannot read VmRSS: " + err.Error())
	}
	f := strings.Fields(string(out))
	if len(f) < 2 {
		panic("memory: bad VmRSS line: " + string(out))
	}
	v, err := strconv.Atoi(f[1])
	if err != nil {
		panic("memory: bad VmRSS value: " + f[1])
	}
	return v
}

func main() {
	runtime.GC()
	before := rssKiB()
	ch := make(chan int)
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			wg.Done()
			<-ch
		}()
	}
	wg.Wait()
	time.Sleep(50 * time.Millisecond) // let the last ones park
	after := rssKiB()
	per := float64(after-before) * 1024 / n
	fmt.Printf("BENCH memory value=%.0f unit=B/goroutine rss_before_kib=%d rss_after_kib=%d n=%d\n", per, before, after, n)
	close(ch)
}
