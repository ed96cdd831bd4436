// Package runtime: the scheduler's knobs a program may touch.
package runtime

func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func Gosched()
func GC()
func Goexit()

// Error identifies a run-time error (the values recovered from run-time panics).
type Error interface {
	error
	RuntimeError()
}

const GOOS = "linux"
const Compiler = "minigo"
