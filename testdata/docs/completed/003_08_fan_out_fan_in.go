// Helper file, used only to produce the expectation 003_08_fan_out_fan_in.want with real Go:
// the snippet testdata/docs/003_08_fan_out_fan_in.go completed as minigo's snippet mode does
// (package main, used standard packages imported, top-level statements wrapped
// in func main, declarations kept).  The //line directive makes Go report
// positions in the snippet's own lines.  Not a test itself: tests/e2e.sh skips
// testdata/docs/completed/.  Run:  go run testdata/docs/completed/003_08_fan_out_fan_in.go
package main

import "sync"

//line testdata/docs/003_08_fan_out_fan_in.go:1:1
func fanOut(input <-chan int, n int) []<-chan int {
    channels := make([]<-chan int, n)
    for i := 0; i < n; i++ {
        channels[i] = worker(input)
    }
    return channels
}

func fanIn(channels []<-chan int) <-chan int {
    merged := make(chan int)
    var wg sync.WaitGroup
    
    for _, ch := range channels {
        wg.Add(1)
        go func(ch <-chan int) {
            defer wg.Done()
            for v := range ch {
                merged <- v
            }
        }(ch)
    }
    
    go func() {
        wg.Wait()
        close(merged)
    }()
    
    return merged
}
func main() {}
